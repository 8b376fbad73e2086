/**
 * Every user pool and app client the emulator holds, under `<dataDir>/db/`: one file per pool and
 * `clients.json` for the app clients (`{ Clients: { <ClientId>: client } }`).
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { resourceNotFound } from '../errors.js';
import { openJsonDocument } from './jsonDocument.js';
import { UserPool } from './userPool.js';

const CLIENTS_FILE = 'clients.json';

/** @param {string} directory */
export async function openCognitoStore(directory) {
  const clients = await openJsonDocument(path.join(directory, CLIENTS_FILE), { Clients: {} });
  const store = new CognitoStore(directory, clients);
  const files = (await readdir(directory)).filter((name) => name.endsWith('.json') && name !== CLIENTS_FILE);
  for (const file of files) {
    const pool = await openJsonDocument(path.join(directory, file), { Options: {}, Users: {} });
    store.pools.set(path.basename(file, '.json'), new UserPool(pool, store));
  }
  return store;
}

class CognitoStore {
  /** @type {Map<string, UserPool>} */
  pools = new Map();

  /** @param {string} directory @param {{ data: { Clients: Record<string, any> }, save: () => Promise<void> }} clients */
  constructor(directory, clients) {
    this.directory = directory;
    this.clients = clients;
  }

  /** @param {Record<string, any> & { Id: string }} options @returns {Promise<UserPool>} */
  async createUserPool(options) {
    const document = await openJsonDocument(path.join(this.directory, `${options.Id}.json`), {
      Options: options,
      Users: {},
    });
    const pool = new UserPool(document, this);
    this.pools.set(options.Id, pool);
    return pool;
  }

  /** @param {unknown} userPoolId @returns {UserPool | null} */
  findUserPool(userPoolId) {
    return (typeof userPoolId === 'string' && this.pools.get(userPoolId)) || null;
  }

  /** @param {unknown} userPoolId @returns {UserPool} */
  getUserPool(userPoolId) {
    const pool = this.findUserPool(userPoolId);
    if (!pool) throw resourceNotFound(`User pool ${String(userPoolId)} does not exist.`);
    return pool;
  }

  /** The pool an app client belongs to. @param {unknown} clientId @returns {UserPool} */
  getUserPoolForClientId(clientId) {
    const client = this.getAppClient(clientId);
    if (!client) throw resourceNotFound(`User pool client ${String(clientId)} does not exist.`);
    return this.getUserPool(client.UserPoolId);
  }

  /** @param {unknown} clientId @returns {Record<string, any> | null} */
  getAppClient(clientId) {
    const clients = this.clients.data.Clients;
    return typeof clientId === 'string' && Object.hasOwn(clients, clientId) ? clients[clientId] : null;
  }

  /** @param {string} userPoolId */
  listAppClients(userPoolId) {
    return Object.values(this.clients.data.Clients).filter((client) => client.UserPoolId === userPoolId);
  }

  /** @param {Record<string, any>} client */
  async saveAppClient(client) {
    this.clients.data.Clients[client.ClientId] = client;
    await this.clients.save();
  }
}
