import type { Sequelize } from 'sequelize';
import { defineRefreshTokenModel } from './refresh-token-model';
import { defineRevokedAccessTokenModel } from './revoked-access-token-model';
import { defineUserModel } from './user-model';

/** Models are defined per Sequelize instance, so several databases can live in one process. */
export function defineModels(sequelize: Sequelize) {
  return {
    User: defineUserModel(sequelize),
    RefreshToken: defineRefreshTokenModel(sequelize),
    RevokedAccessToken: defineRevokedAccessTokenModel(sequelize),
  };
}

export type Models = ReturnType<typeof defineModels>;
