// Inputs/outputs tables in module READMEs, generated from variables.tf/outputs.tf between markers
// (the terraform-docs convention). `node test/docs.mjs --write` refreshes them; a test keeps them current.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { attributeOf, blocksOf, parseHcl } from '../policy/hcl.mjs';
import { INFRA_DIR, MODULES } from './terraform.mjs';

/** Folders whose README.md carries generated tables. */
export const DOCUMENTED_DIRS = [...MODULES.map((m) => `modules/${m}`), 'bootstrap'];

export const BEGIN = '<!-- BEGIN_TF_DOCS -->';
export const END = '<!-- END_TF_DOCS -->';

const oneLine = (text) => text.replace(/\s+/g, ' ').trim();
// Table cells: pipes always escaped; angle brackets only outside code spans (GitHub would eat <name> as HTML).
const code = (text) => `\`${oneLine(text).replaceAll('|', '\\|')}\``;
const prose = (text) => oneLine(text).replaceAll('|', '\\|').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

function stringValue(expr) {
  try {
    return JSON.parse(expr);
  } catch {
    return expr;
  }
}

/** Markdown tables for the variables and outputs of the Terraform files in dir. */
export function renderDocs(dir) {
  const items = (file) => {
    try {
      return parseHcl(readFileSync(path.join(dir, file), 'utf8'), file);
    } catch (err) {
      if (err.code === 'ENOENT') return [];
      throw err;
    }
  };
  const variables = blocksOf(items('variables.tf'), 'variable');
  const outputs = blocksOf(items('outputs.tf'), 'output');

  const lines = [
    BEGIN,
    '',
    '## Inputs',
    '',
    '| Name | Description | Type | Default |',
    '|------|-------------|------|---------|',
  ];
  for (const v of variables) {
    const def = attributeOf(v, 'default');
    const sensitive = attributeOf(v, 'sensitive')?.expr === 'true' ? ' (sensitive)' : '';
    lines.push(
      `| ${code(v.labels[0])} | ${prose(stringValue(attributeOf(v, 'description')?.expr ?? ''))}${sensitive} | ${code(attributeOf(v, 'type')?.expr ?? 'any')} | ${def ? code(def.expr) : 'required'} |`,
    );
  }
  lines.push('', '## Outputs', '', '| Name | Description |', '|------|-------------|');
  for (const o of outputs) {
    lines.push(`| ${code(o.labels[0])} | ${prose(stringValue(attributeOf(o, 'description')?.expr ?? ''))} |`);
  }
  lines.push('', END);
  return lines.join('\n');
}

/** README text with the generated section replaced (or appended when the markers are missing). */
export function withDocs(readme, docs) {
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return `${readme.trimEnd()}\n\n${docs}\n`;
  return `${readme.slice(0, start)}${docs}${readme.slice(end + END.length)}`;
}

// Prettier (the repository's formatter) pads table cells; padding is not a difference.
const normalize = (text) =>
  text
    .split('\n')
    .map((line) =>
      line.trimStart().startsWith('|')
        ? line
            .split(/(?<!\\)\|/)
            .map((cell) => cell.trim().replace(/^:?-+:?$/, '---'))
            .join('|')
        : line.trimEnd(),
    )
    .join('\n');

/**
 * READMEs whose generated tables differ from the sources; with write: true they are rewritten.
 * @returns {string[]} folders (relative to INFRA_DIR) that were stale
 */
export function syncReadmes({ write = false, dirs = DOCUMENTED_DIRS, base = INFRA_DIR } = {}) {
  const stale = [];
  for (const dir of dirs) {
    const readmePath = path.join(base, dir, 'README.md');
    const current = readFileSync(readmePath, 'utf8');
    const next = withDocs(current, renderDocs(path.join(base, dir)));
    if (normalize(next) === normalize(current)) continue;
    stale.push(dir);
    if (write) writeFileSync(readmePath, next);
  }
  return stale;
}
