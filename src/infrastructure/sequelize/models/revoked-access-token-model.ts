import {
  DataTypes,
  type InferAttributes,
  type InferCreationAttributes,
  type Model,
  type ModelStatic,
  type Sequelize,
} from 'sequelize';

export interface RevokedAccessTokenRow
  extends Model<InferAttributes<RevokedAccessTokenRow>, InferCreationAttributes<RevokedAccessTokenRow>> {
  jti: string;
  expiresAt: Date;
}

export function defineRevokedAccessTokenModel(sequelize: Sequelize): ModelStatic<RevokedAccessTokenRow> {
  return sequelize.define<RevokedAccessTokenRow>(
    'RevokedAccessToken',
    {
      jti: { type: DataTypes.STRING(64), primaryKey: true },
      expiresAt: { type: DataTypes.DATE(3), allowNull: false },
    },
    { tableName: 'revoked_access_tokens', timestamps: false },
  );
}
