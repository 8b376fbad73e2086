/**
 * One user pool: its settings and its users, in `<dataDir>/db/<poolId>.json` (`{ Options, Users }`, users keyed
 * by Username — the layout cognito-local used, so older data folders keep their users).
 */
import { attributeValue } from '../attributes.js';

export class UserPool {
  /**
   * @param {{ data: { Options: Record<string, any>, Users: Record<string, any> }, save: () => Promise<void> }} document
   * @param {{ saveAppClient: (client: Record<string, any>) => Promise<void> }} clients
   */
  constructor(document, clients) {
    this.document = document;
    this.clients = clients;
  }

  get options() {
    return this.document.data.Options;
  }

  /** @param {Record<string, any>} options */
  async updateOptions(options) {
    this.document.data.Options = options;
    await this.document.save();
  }

  /**
   * The user a sign-in name means: the Username itself, else (pools whose usernames are emails) the user with
   * that email or `sub`. Pools created with UsernameConfiguration.CaseSensitive = false (ours, like the Terraform
   * one) find `Ana@Example.com` when `ana@example.com` signed up.
   * @param {unknown} username @returns {Record<string, any> | null}
   */
  getUserByUsername(username) {
    if (typeof username !== 'string' || !username) return null;
    const users = this.document.data.Users;
    if (Object.hasOwn(users, username)) return users[username];
    const caseInsensitive = this.options.UsernameConfiguration?.CaseSensitive === false;
    const byEmail = this.options.UsernameAttributes?.includes('email');
    const same = (value) =>
      value !== undefined &&
      (caseInsensitive ? value.toLowerCase() === username.toLowerCase() : value === username);
    return (
      Object.values(users).find(
        (user) =>
          attributeValue('sub', user.Attributes) === username ||
          (byEmail && same(attributeValue('email', user.Attributes))),
      ) ?? null
    );
  }

  /** @returns {Record<string, any>[]} */
  listUsers() {
    return Object.values(this.document.data.Users);
  }

  /** Stores the user, replacing the record with the same Username. @param {Record<string, any>} user */
  async saveUser(user) {
    this.document.data.Users[user.Username] = user;
    await this.document.save();
  }

  /** @param {Record<string, any>} user */
  async deleteUser(user) {
    delete this.document.data.Users[user.Username];
    await this.document.save();
  }

  /** Adds a refresh token to those the user can still use. */
  async storeRefreshToken(refreshToken, user) {
    await this.saveUser({ ...user, RefreshTokens: [...(user.RefreshTokens ?? []), refreshToken] });
  }

  /** @param {Record<string, any>} client */
  async saveAppClient(client) {
    await this.clients.saveAppClient(client);
  }
}
