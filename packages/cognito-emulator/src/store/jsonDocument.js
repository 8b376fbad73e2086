/**
 * One JSON file whose document the emulator keeps in memory and writes back after each change. Fields whose names
 * end in `Date` are Dates in memory and ISO strings on disk. A save writes a temporary file and renames it over
 * the old one, and saves run one after another in call order, so a crash or two changes at once never leave a
 * torn or stale file.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * @template T
 * @param {string} file
 * @param {T} initial the document when the file does not exist yet (written at once)
 * @returns {Promise<{ data: T, save: () => Promise<void> }>}
 */
export async function openJsonDocument(file, initial) {
  let data;
  try {
    data = JSON.parse(await readFile(file, 'utf8'), reviveDates);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
    data = initial;
  }
  let saving = Promise.resolve();
  const document = {
    data,
    save() {
      // The text is taken now, so a later change cannot leak into this save's file.
      const text = JSON.stringify(document.data, null, 2);
      saving = saving.then(() => writeAtomically(file, text));
      return saving;
    },
  };
  if (data === initial) await document.save();
  return document;
}

async function writeAtomically(file, text) {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, file);
}

/** @param {string} key @param {unknown} value */
function reviveDates(key, value) {
  return key.endsWith('Date') && (typeof value === 'string' || typeof value === 'number')
    ? new Date(value)
    : value;
}
