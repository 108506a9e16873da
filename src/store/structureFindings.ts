// The structure check's findings for the map on screen, shared by the Check panel and its
// tab's badge (the badge is drawn from the start; the panel loads when first shown).
import type { ArgMap } from '../model/types.ts';
import { checkStructure, type Finding } from '../model/structureCheck.ts';

// One check per map object, shared by the panel and the tab's badge. The map is
// immutable, so a new object is the only way it changes; old maps are collected.
// A map that differs from the last one only in positions (every frame of a drag) reuses
// its findings: the check reads only ids, kinds, texts and relations.
const cache = new WeakMap<ArgMap, Finding[]>();
let last: { map: ArgMap; texts: Readonly<Record<string, string>>; findings: Finding[] } | undefined;
const NO_TEXTS: Readonly<Record<string, string>> = {};

/** `sourceTexts`: texts of referenced sources supplied in this session (they add coverage hints). */
export function findingsOf(map: ArgMap, sourceTexts: Readonly<Record<string, string>> = NO_TEXTS): Finding[] {
  let findings = last?.texts === sourceTexts ? cache.get(map) : undefined;
  if (!findings) {
    findings = last && last.texts === sourceTexts && sameStructure(last.map, map) ? last.findings : checkStructure(map, sourceTexts);
    cache.set(map, findings);
  }
  last = { map, texts: sourceTexts, findings };
  return findings;
}

function sameStructure(a: ArgMap, b: ArgMap): boolean {
  if (a.relations !== b.relations || a.sources !== b.sources || a.nodes.length !== b.nodes.length) return false;
  for (let i = 0; i < a.nodes.length; i++) {
    const x = a.nodes[i]!;
    const y = b.nodes[i]!;
    if (x !== y && (x.id !== y.id || x.kind !== y.kind || x.text !== y.text || x.anchor !== y.anchor)) return false;
  }
  return true;
}
