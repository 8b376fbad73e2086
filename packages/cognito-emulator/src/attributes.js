/**
 * Cognito keeps a user's attributes as a list of `{ Name, Value }`; these read and change that list.
 */

/** @typedef {{ Name: string, Value?: string }} Attribute */

/** @param {string} name @param {string} value @returns {Attribute} */
export const attribute = (name, value) => ({ Name: name, Value: value });

/** @param {string} name @param {Attribute[] | undefined} attributes */
export const attributeValue = (name, attributes) => attributes?.find((entry) => entry.Name === name)?.Value;

/** @param {Attribute[] | undefined} attributes @returns {Record<string, string>} */
export const attributesToRecord = (attributes) =>
  Object.fromEntries((attributes ?? []).flatMap((entry) => (entry.Value ? [[entry.Name, entry.Value]] : [])));

/** `custom:*` attributes, which Cognito copies into ID tokens. @param {Attribute[] | undefined} attributes */
export const customAttributes = (attributes) =>
  (attributes ?? []).filter((entry) => entry.Name.startsWith('custom:'));

/**
 * The list with `changes` applied (an empty Value removes the attribute), sorted by name as Cognito returns it.
 * @param {Attribute[] | undefined} attributes @param {Attribute[]} changes
 */
export function attributesWith(attributes, ...changes) {
  const byName = new Map((attributes ?? []).map((entry) => [entry.Name, entry.Value]));
  for (const change of changes) {
    if (change.Value) byName.set(change.Name, change.Value);
    else byName.delete(change.Name);
  }
  return [...byName].map(([Name, Value]) => ({ Name, Value })).sort((a, b) => a.Name.localeCompare(b.Name));
}
