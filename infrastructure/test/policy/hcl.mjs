// A small HCL reader: enough structure (blocks, labels, attributes with their raw expression text) for
// convention checks on .tf files. It understands strings with ${} templates, heredocs and all comment styles;
// it does not evaluate expressions.

/**
 * @typedef {{kind: 'attribute', name: string, expr: string, line: number}} Attribute
 * @typedef {{kind: 'block', type: string, labels: string[], body: Item[], line: number}} Block
 * @typedef {Attribute | Block} Item
 */

const IDENT = /[A-Za-z_][A-Za-z0-9_-]*/y;

export class HclSyntaxError extends Error {}

/** Parses HCL source into items. @returns {Item[]} */
export function parseHcl(src, file = '<input>') {
  const p = new Parser(src, file);
  const items = p.body(null);
  return items;
}

class Parser {
  constructor(src, file) {
    this.src = src;
    this.file = file;
    this.i = 0;
  }

  fail(msg) {
    throw new HclSyntaxError(`${this.file}:${this.line()}: ${msg}`);
  }

  line(at = this.i) {
    let n = 1;
    for (let k = 0; k < at; k++) if (this.src[k] === '\n') n++;
    return n;
  }

  // Skips blanks, newlines and comments between items.
  skipTrivia() {
    const s = this.src;
    for (;;) {
      const c = s[this.i];
      if (c === ' ' || c === '\t' || c === '\r' || c === '\n') this.i++;
      else if (c === '#' || (c === '/' && s[this.i + 1] === '/')) this.skipLineComment();
      else if (c === '/' && s[this.i + 1] === '*') this.skipBlockComment();
      else return;
    }
  }

  skipLineComment() {
    const nl = this.src.indexOf('\n', this.i);
    this.i = nl < 0 ? this.src.length : nl;
  }

  skipBlockComment() {
    const end = this.src.indexOf('*/', this.i + 2);
    if (end < 0) this.fail('unterminated /* comment');
    this.i = end + 2;
  }

  body(closer) {
    const items = [];
    for (;;) {
      this.skipTrivia();
      if (this.i >= this.src.length) {
        if (closer) this.fail(`missing ${closer}`);
        return items;
      }
      if (this.src[this.i] === closer) {
        this.i++;
        return items;
      }
      items.push(this.item());
    }
  }

  ident() {
    IDENT.lastIndex = this.i;
    const m = IDENT.exec(this.src);
    if (!m) this.fail(`expected an identifier, found ${JSON.stringify(this.src.slice(this.i, this.i + 20))}`);
    this.i += m[0].length;
    return m[0];
  }

  skipSpaces() {
    while (this.src[this.i] === ' ' || this.src[this.i] === '\t') this.i++;
  }

  item() {
    const start = this.i;
    const name = this.ident();
    this.skipSpaces();
    if (this.src[this.i] === '=' && this.src[this.i + 1] !== '=') {
      this.i++;
      const exprStart = this.i;
      this.expression();
      return {
        kind: 'attribute',
        name,
        expr: this.src.slice(exprStart, this.i).trim(),
        line: this.line(start),
      };
    }
    const labels = [];
    while (this.src[this.i] !== '{') {
      if (this.src[this.i] === '"') {
        const from = this.i;
        this.string();
        labels.push(JSON.parse(this.src.slice(from, this.i)));
      } else {
        labels.push(this.ident());
      }
      this.skipSpaces();
    }
    this.i++;
    return { kind: 'block', type: name, labels, body: this.body('}'), line: this.line(start) };
  }

  // An attribute expression ends at a newline outside brackets (or at a closing brace of a one-line block).
  expression() {
    const s = this.src;
    let depth = 0;
    while (this.i < s.length) {
      const c = s[this.i];
      if (c === '"') this.string();
      else if (c === '<' && s[this.i + 1] === '<' && /[-A-Za-z_]/.test(s[this.i + 2] ?? '')) this.heredoc();
      else if (c === '#' || (c === '/' && s[this.i + 1] === '/')) this.skipLineComment();
      else if (c === '/' && s[this.i + 1] === '*') this.skipBlockComment();
      else if (c === '(' || c === '[' || c === '{') {
        depth++;
        this.i++;
      } else if (c === ')' || c === ']' || c === '}') {
        if (depth === 0) return; // `}` closing a one-line block such as `x { a = 1 }`
        depth--;
        this.i++;
      } else if (c === '\n' && depth === 0) return;
      else this.i++;
    }
  }

  string() {
    const s = this.src;
    this.i++; // opening quote
    while (this.i < s.length) {
      const c = s[this.i];
      if (c === '\\') this.i += 2;
      else if (c === '"') {
        this.i++;
        return;
      } else if ((c === '$' || c === '%') && s[this.i + 1] === '{') {
        if (s[this.i - 1] === c && s[this.i - 2] !== c) {
          this.i += 2; // $${ and %%{ are literal
          continue;
        }
        this.i += 2;
        this.template();
      } else if (c === '\n') this.fail('newline in string');
      else this.i++;
    }
    this.fail('unterminated string');
  }

  // Inside ${ ... } up to the matching brace.
  template() {
    const s = this.src;
    let depth = 0;
    while (this.i < s.length) {
      const c = s[this.i];
      if (c === '"') this.string();
      else if (c === '{') {
        depth++;
        this.i++;
      } else if (c === '}') {
        this.i++;
        if (depth-- === 0) return;
      } else this.i++;
    }
    this.fail('unterminated template');
  }

  heredoc() {
    const s = this.src;
    const m = /<<-?([A-Za-z_][A-Za-z0-9_]*)\r?\n/y;
    m.lastIndex = this.i;
    const found = m.exec(s);
    if (!found) this.fail('malformed heredoc');
    this.i += found[0].length;
    const marker = found[1];
    while (this.i < s.length) {
      const nl = s.indexOf('\n', this.i);
      const lineEnd = nl < 0 ? s.length : nl;
      if (s.slice(this.i, lineEnd).trim() === marker) {
        this.i = lineEnd;
        return;
      }
      this.i = lineEnd + 1;
    }
    this.fail(`unterminated heredoc ${marker}`);
  }
}

/** Top-level blocks of a given type, e.g. blocksOf(items, 'variable'). */
export const blocksOf = (items, type) => items.filter((it) => it.kind === 'block' && it.type === type);

/** The attribute of a block body by name, or undefined. */
export const attributeOf = (block, name) =>
  block.body.find((it) => it.kind === 'attribute' && it.name === name);

/** Every attribute of an item tree, depth first, with the chain of enclosing block types. */
export function* walkAttributes(items, path = []) {
  for (const it of items) {
    if (it.kind === 'attribute') yield { attribute: it, path };
    else yield* walkAttributes(it.body, [...path, it.type]);
  }
}
