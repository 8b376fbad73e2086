import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { UnreadableStatementError } from './types';

/**
 * A DOCTYPE or an entity declaration has no business in a bank statement: it is how billion-laughs (nested entity
 * expansion) and external-entity (file or network read) attacks start, so such a file is refused before any parser
 * sees it. The parser itself runs with entity processing off as a second line.
 */
export function refuseDtd(text: string): void {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    throw new UnreadableStatementError(
      'The file declares a DOCTYPE or entities, which a bank statement never does',
    );
  }
}

export function parseXml(text: string): Record<string, unknown> {
  refuseDtd(text);
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new UnreadableStatementError(
      `The XML is malformed at line ${valid.err.line} (truncated?): ${valid.err.msg}`,
    );
  }
  const parser = new XMLParser({
    processEntities: false,
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    isArray: (name) => ['Ntry', 'Stmt', 'TxDtls', 'Ustrd'].includes(name),
  });
  return parser.parse(text) as Record<string, unknown>;
}

/** The five predefined XML entities, the only ones a statement may use. */
export function decodeBasicEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
