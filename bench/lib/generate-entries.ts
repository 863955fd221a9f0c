/**
 * Deterministic, varied, valid certification files for benchmarks: the same seed and count give the
 * same files byte for byte. They use the whole front-matter grammar (text and object forms, every
 * level and status, fees in several currencies, domains) and bodies of several lengths.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A small, fast, seeded pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'cloud',
  'data',
  'security',
  'network',
  'platform',
  'engineer',
  'architect',
  'analyst',
  'developer',
  'operations',
  'machine',
  'learning',
  'kubernetes',
  'database',
  'identity',
  'governance',
  'risk',
  'automation',
  'service',
  'design',
];
const CATEGORIES = [
  'Cloud',
  'Security',
  'Data',
  'AI',
  'Machine Learning',
  'DevOps',
  'Networking',
  'Project Management',
  'Agile',
  'Linux',
  'Kubernetes',
  'Software Development',
  'IT Service Management',
  'Databases',
  'Analytics',
  'Governance',
  'Privacy',
  'Testing',
  'Architecture',
  'Business Analysis',
];
const LEVELS = ['Beginner', 'Intermediate', 'Advanced', 'Expert'];
const DELIVERY = [
  'online proctored',
  'test center',
  'online proctored, test center',
  'performance-based lab, remote exam',
];

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T;
}

function title(next: () => number, index: number): string {
  const words = Array.from({ length: 3 + Math.floor(next() * 3) }, () => pick(next, WORDS));
  return `${words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join(' ')} Certification ${index + 1}`;
}

function fee(next: () => number): string {
  const amount = Math.round(next() * 900);
  const roll = next();
  if (amount < 20) return 'fee: Free';
  if (roll < 0.55) return `fee: "$${amount}"`;
  if (roll < 0.75) return `fee: "$${amount} (approx ₹${(amount * 88).toLocaleString('en-US')})"`;
  if (roll < 0.85) return `fee: "${amount} EUR"`;
  if (roll < 0.92) return `fee: "£${amount}"`;
  return `fee: { amount: ${amount}, currency: USD }`;
}

function examFormat(next: () => number): string {
  const questions = 30 + Math.floor(next() * 100);
  const minutes = 30 + Math.floor(next() * 8) * 15;
  if (next() < 0.15)
    return `exam_format: { questions: ${questions}, duration_minutes: ${minutes}, delivery: [online proctored] }`;
  return `exam_format: "${questions} questions, ${minutes} minutes, ${pick(next, DELIVERY)}"`;
}

function body(next: () => number, name: string): string {
  const paragraphs = 1 + Math.floor(next() * 8);
  const sentence = () =>
    Array.from({ length: 8 + Math.floor(next() * 12) }, () => pick(next, WORDS))
      .join(' ')
      .replace(/^./, (first) => first.toUpperCase()) + '.';
  const sections = ['Overview', 'Recommended Background', 'Exam Details', 'Career Outlook'].map(
    (heading) =>
      `## ${heading}\n${Array.from({ length: paragraphs }, () => `${sentence()} ${sentence()}`).join('\n\n')}\n`,
  );
  return `The **${name}** is a generated entry for benchmarks.\n\n${sections.join('\n---\n\n')}`;
}

/** One generated file's text. */
export function generatedEntry(index: number, seed = 1): string {
  const next = random(seed * 1_000_003 + index);
  const name = title(next, index);
  const level = pick(next, LEVELS);
  const categories = [...new Set([pick(next, CATEGORIES), pick(next, CATEGORIES)])];
  const status = next() < 0.05 ? 'retired' : next() < 0.05 ? 'retiring' : 'active';
  const lines = [
    '---',
    `title: "${name}"`,
    `provider: "Benchmark Provider ${1 + Math.floor(next() * 150)}"`,
    `level: ${level}`,
    `overview: "A ${level.toLowerCase()} certification in ${categories.join(' and ').toLowerCase()}, for benchmarks."`,
    `short_description: "Generated ${level.toLowerCase()} certification in ${categories[0]}."`,
    `categories: [${categories.map((category) => `"${category}"`).join(', ')}]`,
    `link: "https://example.org/certifications/${index + 1}"`,
    fee(next),
    examFormat(next),
    next() < 0.1 ? 'validity: Lifetime' : `validity: "${1 + Math.floor(next() * 4)} years"`,
    `skills: [${Array.from({ length: 3 }, () => pick(next, WORDS)).join(', ')}]`,
    `exam_code: "BEN-${String(index + 1).padStart(5, '0')}"`,
    ...(next() < 0.3 ? [`domains: [{ name: "Fundamentals", weight: 40 }, { name: "Practice", weight: 60 }]`] : []),
    ...(status === 'active' ? [] : [`status: ${status}`, `retirement_date: 2026-0${1 + Math.floor(next() * 9)}-15`]),
    `last_verified: 2026-${String(1 + Math.floor(next() * 11)).padStart(2, '0')}-10`,
    // A check names the page it was made against (the checker refuses a date without one).
    `verified_against: "https://example.org/certifications/${index + 1}"`,
    '---',
    '',
    body(next, name),
  ];
  return lines.join('\n');
}

/** Writes `count` generated files into `folder` (created if needed); returns their paths. */
export function writeGeneratedEntries(folder: string, count: number, seed = 1): string[] {
  mkdirSync(folder, { recursive: true });
  return Array.from({ length: count }, (_, index) => {
    const file = path.join(folder, `benchmark-certification-${String(index + 1).padStart(5, '0')}.mdx`);
    writeFileSync(file, generatedEntry(index, seed));
    return file;
  });
}
