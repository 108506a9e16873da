// Source texts for the tests.
//
// - The night-trains commentary (tests/fixtures/source/): a fictional policy commentary written
//   for the tests, laid out like the GSOMIA one (masthead in bold, a notice, short heading-like
//   lines, long paragraphs, en dashes and curly quotes), with a map anchored to it. Always here:
//   the source-text features are tested on it.
// - The RSIS commentary the GSOMIA map encodes. Its notice asks for permission before it is
//   reproduced, so the repository never carries it. The GSOMIA-specific checks (all 46 anchors
//   resolve in the cited paragraph) run where it can be found: the file named by
//   ARGMAP_GSOMIA_TEXT, or shared/seed/ beside the clone (or beside a folder holding it).
//   Elsewhere they are skipped with one line saying how to get it; under CI=true a missing text
//   fails them instead, so a broken CI set-up never passes unnoticed.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const FIXTURE_TEXT_PATH = join(repo, 'tests', 'fixtures', 'source', 'night-trains-commentary.txt');
export const FIXTURE_MAP_PATH = join(repo, 'tests', 'fixtures', 'source', 'night-trains.argmap.json');
export const fixtureText = (): string => readFileSync(FIXTURE_TEXT_PATH, 'utf8');
export const fixtureMapText = (): string => readFileSync(FIXTURE_MAP_PATH, 'utf8');

export const GSOMIA_TEXT_ENV = 'ARGMAP_GSOMIA_TEXT';
export const SEED_FILE = 'rsis-commentary-115-2012-japan-south-korea-gsomia.txt';
/** Where the commentary is published (also in the map's source address). */
export const GSOMIA_TEXT_ADDRESS = 'https://www.rsis.edu.sg/rsis-publication/idss/1777-japan-south-korea-military-coo/';
const HOW_TO_GET =
  `Save the commentary (RSIS Commentary No. 115/2012, ${GSOMIA_TEXT_ADDRESS}) as plain text and set ` +
  `${GSOMIA_TEXT_ENV}=/path/to/it.txt, or put it at ../shared/seed/${SEED_FILE} beside the clone.`;

/** The commentary's path, or null where it cannot be found. */
export function gsomiaTextPath(): string | null {
  const fromEnv = process.env[GSOMIA_TEXT_ENV];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${GSOMIA_TEXT_ENV} is set to ${fromEnv}, which does not exist. ${HOW_TO_GET}`);
    return resolve(fromEnv);
  }
  for (let dir = repo; ; dir = dirname(dir)) {
    const candidate = join(dir, '..', 'shared', 'seed', SEED_FILE);
    if (existsSync(candidate)) return resolve(candidate);
    if (dirname(dir) === dir) return null;
  }
}

let warned = false;
/**
 * True where the GSOMIA checks must be skipped (no commentary here), after one line saying how
 * to get it. Under CI=true a missing commentary throws instead.
 */
export function skipGsomiaChecks(): boolean {
  if (gsomiaTextPath()) return false;
  const message = `The GSOMIA commentary was not found. ${HOW_TO_GET}`;
  if (process.env.CI) throw new Error(`${message} (CI=true: its checks must run.)`);
  if (!warned) console.warn(`GSOMIA source-text checks skipped: ${message}`);
  warned = true;
  return true;
}

export function seedPath(): string {
  const path = gsomiaTextPath();
  if (!path) throw new Error(`The GSOMIA commentary was not found. ${HOW_TO_GET}`);
  return path;
}

export const seedText = (): string => readFileSync(seedPath(), 'utf8');
