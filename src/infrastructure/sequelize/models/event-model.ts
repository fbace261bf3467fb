import {
  DataTypes,
  type CreationOptional,
  type InferAttributes,
  type InferCreationAttributes,
  type Model,
  type ModelStatic,
  type NonAttribute,
  type Sequelize,
} from 'sequelize';
import type { EventType } from '../../../domain/events/event-types';
import type { DeliveryStatus } from '../../../domain/webhooks/delivery';

export interface EventRow extends Model<InferAttributes<EventRow>, InferCreationAttributes<EventRow>> {
  id: string;
  type: EventType;
  body: string;
  createdAt: Date;
  publishedAt: Date | null;
  leasedUntil: Date | null;
}

export interface WebhookRow extends Model<InferAttributes<WebhookRow>, InferCreationAttributes<WebhookRow>> {
  id: CreationOptional<number>;
  url: string;
  /** A JSON array of subscriptions. */
  events: string;
  description: string | null;
  secret: string;
  active: boolean;
  createdAt: CreationOptional<Date>;
  updatedAt: CreationOptional<Date>;
}

export interface DeliveryRow extends Model<InferAttributes<DeliveryRow>, InferCreationAttributes<DeliveryRow>> {
  id: CreationOptional<number>;
  webhookId: number;
  eventId: string;
  eventType: EventType;
  status: DeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: Date | null;
  deliveredAt: Date | null;
  leasedUntil: Date | null;
  createdAt: CreationOptional<Date>;
  updatedAt: CreationOptional<Date>;
  webhook?: NonAttribute<WebhookRow>;
  event?: NonAttribute<EventRow>;
}

export function defineEventModels(sequelize: Sequelize) {
  const Event = sequelize.define<EventRow>(
    'Event',
    {
      id: { type: DataTypes.STRING(36), primaryKey: true },
      type: { type: DataTypes.STRING(32), allowNull: false },
      body: { type: DataTypes.TEXT, allowNull: false },
      createdAt: DataTypes.DATE(3),
      publishedAt: { type: DataTypes.DATE(3), allowNull: true },
      leasedUntil: { type: DataTypes.DATE(3), allowNull: true },
    },
    { tableName: 'events', updatedAt: false },
  );
  const Webhook = sequelize.define<WebhookRow>(
    'Webhook',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      url: { type: DataTypes.STRING(2048), allowNull: false },
      events: { type: DataTypes.TEXT, allowNull: false },
      description: { type: DataTypes.STRING(500), allowNull: true },
      secret: { type: DataTypes.STRING(100), allowNull: false },
      active: { type: DataTypes.BOOLEAN, allowNull: false },
      createdAt: DataTypes.DATE(3),
      updatedAt: DataTypes.DATE(3),
    },
    { tableName: 'webhooks' },
  );
  const Delivery = sequelize.define<DeliveryRow>(
    'Delivery',
    {
      id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
      webhookId: { type: DataTypes.INTEGER, allowNull: false },
      eventId: { type: DataTypes.STRING(36), allowNull: false },
      eventType: { type: DataTypes.STRING(32), allowNull: false },
      status: { type: DataTypes.STRING(16), allowNull: false },
      attempts: { type: DataTypes.INTEGER, allowNull: false },
      lastStatusCode: { type: DataTypes.INTEGER, allowNull: true },
      lastError: { type: DataTypes.STRING(500), allowNull: true },
      nextAttemptAt: { type: DataTypes.DATE(3), allowNull: true },
      deliveredAt: { type: DataTypes.DATE(3), allowNull: true },
      leasedUntil: { type: DataTypes.DATE(3), allowNull: true },
      createdAt: DataTypes.DATE(3),
      updatedAt: DataTypes.DATE(3),
    },
    { tableName: 'webhook_deliveries' },
  );
  Delivery.belongsTo(Webhook, { as: 'webhook', foreignKey: 'webhookId' });
  Delivery.belongsTo(Event, { as: 'event', foreignKey: 'eventId' });
  return { Event, Webhook, Delivery } satisfies Record<string, ModelStatic<Model>>;
}
