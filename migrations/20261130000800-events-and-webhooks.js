'use strict';

/**
 * The transactional outbox: every event is written in the transaction of the change it tells of,
 * with one delivery for each webhook subscribed to it then; a relay works the deliveries off and
 * hands the events to the message broker, when there is one.
 */
/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.createTable('events', {
      id: { type: Sequelize.STRING(36), primaryKey: true, allowNull: false },
      type: { type: Sequelize.STRING(32), allowNull: false },
      // The event exactly as receivers get it: `{ id, type, createdAt, data }`.
      body: { type: Sequelize.TEXT, allowNull: false },
      created_at: { type: Sequelize.DATE(3), allowNull: false },
      // Null while the event waits for the message broker to confirm it.
      published_at: { type: Sequelize.DATE(3), allowNull: true },
      // While a relay publishes it, no other takes it.
      leased_until: { type: Sequelize.DATE(3), allowNull: true },
    });
    await queryInterface.addIndex('events', ['published_at', 'created_at'], { name: 'events_published_at_created_at' });

    await queryInterface.createTable('webhooks', {
      id: { type: Sequelize.INTEGER, primaryKey: true, autoIncrement: true, allowNull: false },
      url: { type: Sequelize.STRING(2048), allowNull: false },
      // A JSON array of event types, or ["*"].
      events: { type: Sequelize.TEXT, allowNull: false },
      description: { type: Sequelize.STRING(500), allowNull: true },
      secret: { type: Sequelize.STRING(100), allowNull: false },
      active: { type: Sequelize.BOOLEAN, allowNull: false },
      created_at: { type: Sequelize.DATE(3), allowNull: false },
      updated_at: { type: Sequelize.DATE(3), allowNull: false },
    });
    await queryInterface.addIndex('webhooks', ['created_at', 'id'], { name: 'webhooks_created_at_id' });

    await queryInterface.createTable('webhook_deliveries', {
      id: { type: Sequelize.INTEGER, primaryKey: true, autoIncrement: true, allowNull: false },
      webhook_id: {
        type: Sequelize.INTEGER,
        allowNull: false,
        references: { model: 'webhooks', key: 'id' },
        onDelete: 'CASCADE',
      },
      event_id: { type: Sequelize.STRING(36), allowNull: false, references: { model: 'events', key: 'id' } },
      event_type: { type: Sequelize.STRING(32), allowNull: false },
      status: { type: Sequelize.STRING(16), allowNull: false },
      attempts: { type: Sequelize.INTEGER, allowNull: false },
      last_status_code: { type: Sequelize.INTEGER, allowNull: true },
      last_error: { type: Sequelize.STRING(500), allowNull: true },
      next_attempt_at: { type: Sequelize.DATE(3), allowNull: true },
      delivered_at: { type: Sequelize.DATE(3), allowNull: true },
      // While a relay attempts it, no other takes it; a relay that died lets go when this passes.
      leased_until: { type: Sequelize.DATE(3), allowNull: true },
      created_at: { type: Sequelize.DATE(3), allowNull: false },
      updated_at: { type: Sequelize.DATE(3), allowNull: false },
    });
    await queryInterface.addIndex('webhook_deliveries', ['status', 'next_attempt_at'], { name: 'webhook_deliveries_status_next_attempt_at' });
    await queryInterface.addIndex('webhook_deliveries', ['webhook_id', 'created_at', 'id'], {
      name: 'webhook_deliveries_webhook_id_created_at_id',
    });
  },

  async down(queryInterface) {
    await queryInterface.dropTable('webhook_deliveries');
    await queryInterface.dropTable('webhooks');
    await queryInterface.dropTable('events');
  },
};
