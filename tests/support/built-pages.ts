/** Reading a built site: its HTML pages, parsed, with the URL each one answers at. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
export type Element = DefaultTreeAdapterTypes.Element;

/** Every file below a folder, as paths relative to it with forward slashes, sorted. */
export function listFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const absolute = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(absolute);
      else files.push(path.relative(root, absolute).split(path.sep).join('/'));
    }
  };
  walk(root);
  return files.sort();
}

export interface BuiltPage {
  /** Path of the HTML file within the build, e.g. `categories/cloud/index.html`. */
  file: string;
  /** The URL path the page answers at, base path included, e.g. `/certs/categories/cloud/`. */
  urlPath: string;
  html: string;
  document: DefaultTreeAdapterTypes.Document;
}

/**
 * The pages of each build read so far: the gates run without per-file isolation, so the files of one
 * worker read and parse a build once. A build does not change while the gates run.
 */
const readBuilds = new Map<string, BuiltPage[]>();

/** Every HTML page of a build (read once per test worker; do not change what it gives). */
export function builtPages(root: string, basePath: string): readonly BuiltPage[] {
  const key = `${root}\0${basePath}`;
  let pages = readBuilds.get(key);
  if (!pages) readBuilds.set(key, (pages = readPages(root, basePath)));
  return pages;
}

function readPages(root: string, basePath: string): BuiltPage[] {
  return listFiles(root)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(path.join(root, file), 'utf8');
      const urlPath = basePath + (file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file);
      return { file, urlPath, html, document: parse(html, { sourceCodeLocationInfo: true }) };
    });
}

/** Every element of a parsed document, in document order. */
export function elements(node: Node): Element[] {
  const found: Element[] = [];
  const visit = (current: Node) => {
    if ('tagName' in current) found.push(current);
    const children = 'childNodes' in current ? current.childNodes : [];
    for (const child of children) visit(child);
    if ('content' in current && current.content) visit(current.content as Node);
  };
  visit(node);
  return found;
}

/** An attribute's value, or undefined. */
export function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((candidate) => candidate.name === name)?.value;
}

/** The text inside an element. */
export function textOf(element: Element): string {
  return element.childNodes
    .map((child) => ('value' in child ? String(child.value) : 'tagName' in child ? textOf(child) : ''))
    .join('');
}

/** The line of an element in its file, for messages. */
export function lineOf(element: Element): number {
  return element.sourceCodeLocation?.startLine ?? 1;
}

/** The page that stands at an old address and sends readers on (`<meta http-equiv="refresh">`). */
export const MOVED_PAGE = /<meta http-equiv="refresh" content="0; url=([^"]+)"/;

/** True for a page at an old address: it has no content of its own to check, only where it sends readers. */
export function isMovedPage(html: string): boolean {
  return MOVED_PAGE.test(html);
}
