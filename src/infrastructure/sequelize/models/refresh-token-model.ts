import {
  DataTypes,
  type CreationOptional,
  type InferAttributes,
  type InferCreationAttributes,
  type Model,
  type ModelStatic,
  type Sequelize,
} from 'sequelize';

export interface RefreshTokenRow
  extends Model<InferAttributes<RefreshTokenRow>, InferCreationAttributes<RefreshTokenRow>> {
  id: CreationOptional<number>;
  userId: number;
  familyId: string;
  tokenDigest: string;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
  createdAt: CreationOptional<Date>;
}

export function defineRefreshTokenModel(sequelize: Sequelize): ModelStatic<RefreshTokenRow> {
  return sequelize.define<RefreshTokenRow>(
    'RefreshToken',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      userId: { type: DataTypes.INTEGER, allowNull: false },
      familyId: { type: DataTypes.STRING(36), allowNull: false },
      tokenDigest: { type: DataTypes.STRING(64), allowNull: false, unique: true },
      expiresAt: { type: DataTypes.DATE(3), allowNull: false },
      usedAt: { type: DataTypes.DATE(3), allowNull: true },
      revokedAt: { type: DataTypes.DATE(3), allowNull: true },
      createdAt: DataTypes.DATE(3),
    },
    { tableName: 'refresh_tokens', updatedAt: false },
  );
}
