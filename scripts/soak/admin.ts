/** The admin the server creates when it starts, and who seeds the catalog. */
export const ADMIN = { email: 'soak-admin@shop.test', password: 'soak admin password' };
