// The seed text (the RSIS commentary the GSOMIA map encodes) lives in shared/seed/ beside
// the repository clone (CI), or beside a folder that holds the clone (a git worktree).
// It is never copied into the repository.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SEED_FILE = 'rsis-commentary-115-2012-japan-south-korea-gsomia.txt';

export function seedPath(): string {
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  for (let dir = repo; ; dir = dirname(dir)) {
    const candidate = join(dir, '..', 'shared', 'seed', SEED_FILE);
    if (existsSync(candidate)) return resolve(candidate);
    if (dirname(dir) === dir) break;
  }
  throw new Error(`The seed text ${SEED_FILE} was not found in ../shared/seed/ beside the repository (or beside a folder holding it).`);
}

export const seedText = (): string => readFileSync(seedPath(), 'utf8');
