/**
 * Finds interface text written inline instead of read from the message catalogue (src/i18n): text in
 * `.astro` templates, literal values of attributes people read (aria-label, title, placeholder, alt),
 * string literals in template expressions, and prose in the TypeScript that draws pages, view models and
 * browser scripts. What is prose is a rule of thumb (two words, not a selector); the test names each find.
 */
import { parse } from '@astrojs/compiler-rs';
import ts from 'typescript';

/** One piece of inline text: where, and what it says. */
export interface InlineString {
  file: string;
  line: number;
  text: string;
}

/** Attributes whose values people read or hear. */
const READ_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'title',
  'placeholder',
  'alt',
  'label',
]);

const HAS_WORD = /\p{L}{2}/u;

/** Values that read like words but are not text: a link relation, font families. */
const NOT_TEXT = new Set(['noopener noreferrer', 'Noto Sans JP', 'Inter Variable']);

/** Text of two words or more that is not a CSS selector, a path, a code or markup. */
export function looksLikeProse(text: string): boolean {
  if (!/\p{L}{2,}[,.:;!?’)]*\s+[(“‘]?\p{L}{2,}/u.test(text)) return false;
  if (/[[\]#>=<{}]|^[.\s]|\/\w/.test(text)) return false;
  // CSS values (`14px solid …`), and link relations and font names that read like words.
  if (/\d(px|rem|em)\b/.test(text) || NOT_TEXT.has(text)) return false;
  return true;
}

type Node = { type?: string; [key: string]: unknown };

function lineOf(source: string, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < source.length; index++) if (source.charCodeAt(index) === 10) line++;
  return line;
}

/** String literals an expression shows as text (not those it passes to functions as keys or classes). */
function shownLiterals(expression: unknown, found: Node[], inTemplate: (node: Node) => void): void {
  if (!expression || typeof expression !== 'object') return;
  if (Array.isArray(expression)) {
    for (const item of expression) shownLiterals(item, found, inTemplate);
    return;
  }
  const node = expression as Node;
  switch (node.type) {
    case 'JSXElement':
    case 'JSXFragment':
      inTemplate(node);
      return;
    case 'Literal':
      if (typeof node.value === 'string' && HAS_WORD.test(node.value)) found.push(node);
      return;
    case 'TemplateLiteral':
      for (const quasi of node.quasis as Node[]) {
        const raw = (quasi.value as { raw: string }).raw;
        if (HAS_WORD.test(raw)) found.push({ ...quasi, value: raw });
      }
      for (const inner of node.expressions as Node[]) shownLiterals(inner, found, inTemplate);
      return;
    case 'CallExpression':
      // A call's arguments are keys, classes or formats; the messages it returns are checked where written.
      shownLiterals(
        (node.arguments as Node[]).filter((argument) => argument.type !== 'Literal'),
        found,
        inTemplate,
      );
      return;
    case 'BinaryExpression':
      // `kind === 'paid'` compares; it shows nothing.
      if (['===', '!==', '==', '!='].includes(node.operator as string)) return;
      break;
    case 'MemberExpression':
      return;
  }
  for (const [key, value] of Object.entries(node)) if (key !== 'type') shownLiterals(value, found, inTemplate);
}

/** Inline interface text in an `.astro` component's template and frontmatter. */
export function inlineStringsInAstro(file: string, source: string): InlineString[] {
  const { ast } = parse(source);
  const found: InlineString[] = [];
  const add = (offset: number, text: string) => found.push({ file, line: lineOf(source, offset), text: text.trim() });

  const visit = (value: unknown): void => {
    if (!value || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    const node = value as Node;
    if (node.type === 'AstroFrontmatter') {
      const start = (node.start as number) ?? 0;
      const code = source.slice(start, node.end as number);
      for (const hit of proseInTypeScript(file, code))
        found.push({ ...hit, line: hit.line + lineOf(source, start) - 1 });
      return;
    }
    if (node.type === 'JSXElement') {
      const name = ((node.openingElement as Node).name as Node).name;
      if (name === 'style' || name === 'script') return;
    }
    if (node.type === 'JSXText') {
      if (HAS_WORD.test(node.value as string)) add(node.start as number, node.value as string);
      return;
    }
    if (node.type === 'JSXAttribute') {
      const name = (node.name as Node).name as string;
      const attributeValue = node.value as Node | null;
      if (!READ_ATTRIBUTES.has(name) || !attributeValue) return;
      const literals: Node[] = [];
      if (attributeValue.type === 'Literal') literals.push(attributeValue);
      else shownLiterals(attributeValue.expression, literals, visit);
      for (const literal of literals) add(literal.start as number, `${name}=${String(literal.value)}`);
      return;
    }
    if (node.type === 'JSXExpressionContainer') {
      const literals: Node[] = [];
      shownLiterals(node.expression, literals, visit);
      for (const literal of literals) add(literal.start as number, String(literal.value));
      return;
    }
    for (const [key, child] of Object.entries(node)) if (key !== 'type') visit(child);
  };
  visit(ast);
  return found;
}

/**
 * Text that is not for students: errors, logs and the problems a check collects (for developers and
 * editors), and class names.
 */
function isDeveloperText(node: ts.Node): boolean {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isNewExpression(parent) && /Error$/.test(parent.expression.getText())) return true;
    if (ts.isThrowStatement(parent)) return true;
    if (ts.isCallExpression(parent)) {
      const callee = parent.expression.getText();
      // Class names: `element('span', 'level level-x', text)`, `classList.add(…)`.
      if (callee === 'element' && parent.arguments[1] === child) return true;
      if (/classList\.\w+$/.test(callee)) return true;
      if (/^console\.|^required$|^assert|problems\.push$/.test(callee)) return true;
    }
    if (ts.isBinaryExpression(parent) && /\.className$/.test(parent.left.getText()) && parent.right === child)
      return true;
    if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isTypeNode(parent)) return true;
    if (ts.isStatement(parent) || ts.isFunctionLike(parent)) break;
  }
  return false;
}

/** Prose in string and template literals of TypeScript source. */
export function proseInTypeScript(file: string, code: string): InlineString[] {
  const sourceFile = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: InlineString[] = [];
  const visit = (node: ts.Node): void => {
    let text: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) text = node.text;
    else if (ts.isTemplateExpression(node)) {
      // A template's pieces may each be one word: judge its text as a whole, without what it fills in.
      const whole = [node.head.text, ...node.templateSpans.map((span) => ` ${span.literal.text}`)].join('');
      if (looksLikeProse(whole) && !isDeveloperText(node)) {
        const { line } = sourceFile.getLineAndCharacterOfPosition(node.getStart());
        found.push({ file, line: line + 1, text: node.getText() });
        return;
      }
    }
    if (text !== undefined && looksLikeProse(text) && !isDeveloperText(node)) {
      const { line } = sourceFile.getLineAndCharacterOfPosition(node.getStart());
      found.push({ file, line: line + 1, text });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}
