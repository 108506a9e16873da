/**
 * Evaluation: which statements of a map stand, given the user's marks.
 *
 * THE RULE: grounded semantics of a bipolar argumentation framework with attacks on
 * inferences. This is the rule documented in docs/evaluation.md.
 *
 * 1. Arguments. Every node (a statement) is an argument, and so is every relation (the
 *    inference it stands for: "this is a reason for that", "this speaks against that").
 *    Each gets one of three labels: `in` (stands), `out` (defeated), `undec` (undecided).
 *
 * 2. Units. Relations with the same target, kind and `group` form one unit (a linked
 *    reason for `supports`; likewise a linked objection, caveat or undercut); an
 *    ungrouped relation is a unit on its own. A unit HOLDS when, for every member, both
 *    its source statement and its inference are in. It FAILS when some member's source
 *    or inference is out. Otherwise it is undecided.
 *    A unit's weight is the smallest weight of its members (a relation's weight is
 *    0..1, default 1). A unit of weight 0 is inactive: it is ignored, as if absent.
 *
 * 3. Statements. A statement the user marked keeps its mark: accepted = in,
 *    rejected = out. An unmarked statement is
 *      in    when it is SUPPORTED and every `opposes` unit against it fails;
 *      out   when all its reasons fail, or some `opposes` unit against it holds;
 *      undec otherwise.
 *    SUPPORTED means: some `supports` unit into it holds, or it has no (active)
 *    `supports` unit at all. A statement given without reasons is taken at face value,
 *    as in Dung's frameworks, where every argument is in unless attacked.
 *
 * 4. Inferences. A relation of weight 0 is out (it carries nothing). Otherwise it is
 *      in    when every `undercuts` unit against it fails (in particular: none exists);
 *      out   when some `undercuts` unit against it holds;
 *      undec otherwise.
 *
 * 5. `qualifies` (caveats) never change a label; they show up in the balance only.
 *
 * 6. Grounded = least fixed point. Start with every unmarked statement and every
 *    inference undecided, then apply rules 3 and 4 until nothing changes; labels only
 *    ever go from undec to in/out, so this terminates and the result is unique and
 *    independent of order. What stays undecided is what the rules cannot settle: attack
 *    cycles (a <-> b, odd cycles, self-attack) and support cycles without marks.
 *
 * In logical terms each unmarked statement X has the acceptance condition
 *     (OR over reasons  AND over members (source AND inference))
 *       AND NOT (OR over objections  AND over members (source AND inference))
 * (the reason part is `true` when X has no reasons), and each inference the condition
 * NOT (OR over undercuts ...). These are evaluated in Kleene's strong three-valued logic
 * (in = true, out = false, undec = unknown), and the labelling is the least fixed point.
 * A mark replaces the statement's condition by `true` (accepted) or `false` (rejected).
 *
 * Standard sources, and how this rule relates to them:
 *  - Dung (1995), "On the acceptability of arguments...", AIJ 77: abstract frameworks and
 *    the grounded extension. On a map with only `opposes` relations, no marks and no
 *    weight 0, our labels are exactly Dung's grounded labelling of the attack graph.
 *  - Caminada (2006), "On the issue of reinstatement in argumentation", JELIA: labellings
 *    (in iff all attackers out, out iff some attacker in); grounded = the complete
 *    labelling with the fewest in/out, computed as a least fixed point.
 *  - Brewka & Woltran (2010), "Abstract dialectical frameworks", KR; Brewka et al. (2013),
 *    "Abstract dialectical frameworks revisited", IJCAI: statements with acceptance
 *    conditions that mix support and attack, and their grounded interpretation. Our rule
 *    is such an ADF. Evaluating the conditions in Kleene logic equals the ADF operator
 *    whenever no statement reaches the same target through two relations. Otherwise it is
 *    a sound but more cautious version: it never says in/out where the ADF says
 *    otherwise, but may leave undec (e.g. A both supports and opposes X).
 *  - Cayrol & Lagasquie-Schiex (2005), "On the acceptability of arguments in bipolar
 *    argumentation frameworks", ECSQARU; Nouioua & Risch (2010), "Bipolar argumentation
 *    frameworks with specialized supports", ICTAI: support as NECESSARY support. A
 *    statement that has reasons needs one of them to hold.
 *  - Modgil (2009), "Reasoning about preferences in argumentation frameworks", AIJ 173;
 *    Baroni, Cerutti, Giacomin & Guida (2011), "AFRA: Argumentation framework with
 *    recursive attacks", IJAR 52: attacks on attacks (our `undercuts`, which may
 *    themselves be undercut); Pollock (1987) for rebutting vs undercutting defeaters.
 *  - Nielsen & Parsons (2006), "A generalization of Dung's abstract framework for
 *    argumentation: arguing with sets of attacking arguments", ArgMAS: attacks by
 *    several arguments together (our grouped objections).
 *  - Baroni, Boella, Cerutti, Giacomin, van der Torre & Villata (2014), "On the
 *    input/output behavior of argumentation frameworks", AIJ 217: arguments whose labels
 *    are given from outside, with the rest computed from them. User marks are such
 *    fixed labels: a mark overrides the rule for that statement.
 *
 * Balance (for display; it does not affect labels). For each statement:
 *   pro = total weight of its active `supports` units that are not failed (in or undec);
 *         a linked reason counts once, with its weight (the smallest member weight);
 *   con = total weight of its active `opposes` and `qualifies` units that are not failed,
 *         plus active `undercuts` units that are not failed and attack an inference of
 *         one of its active reasons;
 *   proCount / conCount = how many units were added.
 * An undercut that wins thus shows twice: the reason drops out of pro, the undercut
 * counts as con. Undercuts against the attacks ON a statement are not counted for that
 * statement: their effect shows when the attack fails.
 *
 * Cost: O(nodes + relations). Each label is decided once and each relation is looked at
 * a constant number of times, by counter propagation (as in linear Horn-SAT
 * unit propagation) rather than by repeated sweeps.
 */
import type { ArgMap, ArgNode, NodeKind, RelationKind } from './types.ts';

/**
 * The user's judgement on a statement, as the evaluation reads it. Missing = open.
 * (The map stores it as `ArgNode.mark`, which has no 'open': absent means open.)
 */
export type Judgement = 'accepted' | 'rejected' | 'open';

export interface EvaluationInput {
  /** node id -> judgement (missing = open) */
  status: Readonly<Record<string, Judgement>>;
  /** relation id -> weight 0..1 (missing = 1; out-of-range values are clamped, NaN = 1) */
  weight: Readonly<Record<string, number>>;
}

export type Label = 'in' | 'out' | 'undec';

export interface Balance {
  pro: number;
  con: number;
  proCount: number;
  conCount: number;
}

export interface Evaluation {
  /** node id and relation id -> label (an inference is out when undercut or of weight 0) */
  labels: Record<string, Label>;
  /** node id -> weighed reasons for and against */
  balance: Record<string, Balance>;
  /** node id -> short human reason for its label */
  explanation: Record<string, string>;
}

/**
 * The evaluation input a map carries itself: each node's `mark` (absent = open) and each
 * relation's `weight` (absent = 1, strong). Null-prototype records, so any id is safe.
 */
export function inputFromMap(map: ArgMap): EvaluationInput {
  const status: Record<string, Judgement> = Object.create(null) as Record<string, Judgement>;
  const weight: Record<string, number> = Object.create(null) as Record<string, number>;
  // With duplicate ids (a corrupt map), the first one counts, as in `evaluate`.
  const seen = new Set<string>();
  for (const n of map.nodes) {
    if (seen.has(n.id)) continue;
    seen.add(n.id);
    if (n.mark) status[n.id] = n.mark;
  }
  seen.clear();
  for (const r of map.relations) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    if (r.weight !== undefined) weight[r.id] = r.weight;
  }
  return { status, weight };
}

/** Weight of a relation without an entry in `EvaluationInput.weight` (the 'strong' preset). */
const DEFAULT_WEIGHT = 1;

const UNDEC = 0;
const IN = 1;
const OUT = 2;
type Value = typeof UNDEC | typeof IN | typeof OUT;
const LABEL_NAMES: readonly Label[] = ['undec', 'in', 'out'];
const NONE: readonly number[] = [];

const K_SUPPORTS = 0;
const K_OPPOSES = 1;
const K_QUALIFIES = 2;
const K_UNDERCUTS = 3;
const KIND_CODE: Record<RelationKind, number> = {
  supports: K_SUPPORTS,
  opposes: K_OPPOSES,
  qualifies: K_QUALIFIES,
  undercuts: K_UNDERCUTS,
};

/** Kleene conjunction. */
const and = (a: number, b: number): Value => (a === OUT || b === OUT ? OUT : a === IN && b === IN ? IN : UNDEC);

function readWeight(weights: Readonly<Record<string, number>>, id: string): number {
  if (!Object.hasOwn(weights, id)) return DEFAULT_WEIGHT;
  const w = weights[id];
  if (typeof w !== 'number' || Number.isNaN(w)) return DEFAULT_WEIGHT;
  return Math.min(1, Math.max(0, w));
}

function readMark(status: Readonly<Record<string, Judgement>>, id: string): Value {
  if (!Object.hasOwn(status, id)) return UNDEC;
  const m = status[id];
  return m === 'accepted' ? IN : m === 'rejected' ? OUT : UNDEC;
}

/** Sets an own property even for the id "__proto__". */
function put<T>(record: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}

export function evaluate(map: ArgMap, input: EvaluationInput): Evaluation {
  const nodes = map.nodes;
  const rels = map.relations;
  const N = nodes.length;
  const M = rels.length;

  const nodeIndex = new Map<string, number>();
  for (let i = 0; i < N; i++) if (!nodeIndex.has(nodes[i]!.id)) nodeIndex.set(nodes[i]!.id, i);
  const relIndex = new Map<string, number>();
  for (let r = 0; r < M; r++) if (!relIndex.has(rels[r]!.id)) relIndex.set(rels[r]!.id, r);

  // Labels of all arguments: statements at 0..N-1, inferences at N..N+M-1.
  const lab = new Uint8Array(N + M);
  const marked = new Uint8Array(N);
  for (let i = 0; i < N; i++) {
    const m = readMark(input.status, nodes[i]!.id);
    if (m !== UNDEC) {
      marked[i] = 1;
      lab[i] = m;
    }
  }

  // Relations: source node, target (node index, or relation index for undercuts), weight, unit.
  const src = new Int32Array(M).fill(-1);
  const tgt = new Int32Array(M).fill(-1);
  const kindOf = new Uint8Array(M);
  const weight = new Float64Array(M);
  for (let r = 0; r < M; r++) {
    const rel = rels[r]!;
    // Files are validated on load, but a kind from a newer version must not crash us.
    const kind = (KIND_CODE as Partial<Record<string, number>>)[rel.kind];
    kindOf[r] = kind ?? K_QUALIFIES;
    weight[r] = readWeight(input.weight, rel.id);
    const from = nodeIndex.get(rel.from);
    const to = kind === K_UNDERCUTS ? relIndex.get(rel.to) : nodeIndex.get(rel.to);
    // Malformed relations (missing end, unknown kind) are ignored.
    if (from === undefined || to === undefined || kind === undefined) continue;
    src[r] = from;
    tgt[r] = to;
  }

  // Units: relations sharing target, kind and group. unitMembers[u] lists relation indices.
  const unitOf = new Int32Array(M).fill(-1);
  const unitMembers: number[][] = [];
  const unitKind: number[] = [];
  const unitTarget: number[] = [];
  const groupUnit = new Map<string, number>();
  for (let r = 0; r < M; r++) {
    if (src[r]! < 0) continue;
    const group = rels[r]!.group;
    let u = -1;
    let key = '';
    if (group) {
      key = `${kindOf[r]}\u0000${tgt[r]}\u0000${group}`;
      u = groupUnit.get(key) ?? -1;
    }
    if (u < 0) {
      u = unitMembers.length;
      unitMembers.push([]);
      unitKind.push(kindOf[r]!);
      unitTarget.push(tgt[r]!);
      if (group) groupUnit.set(key, u);
    }
    unitMembers[u]!.push(r);
    unitOf[r] = u;
  }
  const U = unitMembers.length;
  const unitWeight = new Float64Array(U);
  for (let u = 0; u < U; u++) {
    let w = 1;
    for (const r of unitMembers[u]!) w = Math.min(w, weight[r]!);
    unitWeight[u] = w;
  }

  // Counters for the acceptance conditions.
  const nReasons = new Int32Array(N);
  const reasonsTrue = new Int32Array(N);
  const reasonsFalse = new Int32Array(N);
  const nAttacks = new Int32Array(N);
  const attacksTrue = new Int32Array(N);
  const attacksFalse = new Int32Array(N);
  const nUndercuts = new Int32Array(M);
  const undercutsTrue = new Int32Array(M);
  const undercutsFalse = new Int32Array(M);
  const unitTrueMembers = new Int32Array(U);
  const unitDone = new Uint8Array(U);
  const termTrue = new Uint8Array(M); // how many of (source, inference) are in: 0..2
  const termDone = new Uint8Array(M);

  // A relation is a live term when its unit is active and affects labels (not `qualifies`).
  const live = new Uint8Array(M);
  const termsFrom = new Int32Array(N + 1); // CSR: live terms by source node
  for (let u = 0; u < U; u++) {
    const k = unitKind[u]!;
    if (unitWeight[u]! <= 0 || k === K_QUALIFIES) continue;
    const t = unitTarget[u]!;
    if (k === K_SUPPORTS) nReasons[t]!++;
    else if (k === K_OPPOSES) nAttacks[t]!++;
    else nUndercuts[t]!++;
    for (const r of unitMembers[u]!) {
      live[r] = 1;
      termsFrom[src[r]! + 1]!++;
    }
  }
  for (let i = 0; i < N; i++) termsFrom[i + 1]! += termsFrom[i]!;
  const termList = new Int32Array(termsFrom[N]!);
  const fill = termsFrom.slice(0, N);
  for (let r = 0; r < M; r++) if (live[r]) termList[fill[src[r]!]!++] = r;

  const queue = new Int32Array(N + M);
  let head = 0;
  let tail = 0;
  const decide = (arg: number, value: Value) => {
    lab[arg] = value;
    queue[tail++] = arg;
  };

  const checkNode = (x: number) => {
    if (lab[x] !== UNDEC) return;
    const supOut = nReasons[x]! > 0 && reasonsFalse[x] === nReasons[x];
    const supIn = nReasons[x] === 0 || reasonsTrue[x]! > 0;
    if (supOut || attacksTrue[x]! > 0) decide(x, OUT);
    else if (supIn && attacksFalse[x] === nAttacks[x]) decide(x, IN);
  };
  const checkRelation = (r: number) => {
    if (lab[N + r] !== UNDEC) return;
    if (undercutsTrue[r]! > 0) decide(N + r, OUT);
    else if (undercutsFalse[r] === nUndercuts[r]) decide(N + r, IN);
  };
  const unitSettled = (u: number, holds: boolean) => {
    const t = unitTarget[u]!;
    switch (unitKind[u]) {
      case K_SUPPORTS:
        if (holds) reasonsTrue[t]!++;
        else reasonsFalse[t]!++;
        checkNode(t);
        break;
      case K_OPPOSES:
        if (holds) attacksTrue[t]!++;
        else attacksFalse[t]!++;
        checkNode(t);
        break;
      default:
        if (holds) undercutsTrue[t]!++;
        else undercutsFalse[t]!++;
        checkRelation(t);
    }
  };
  const termUpdate = (r: number, value: number) => {
    if (termDone[r]) return;
    const u = unitOf[r]!;
    if (value === OUT) {
      termDone[r] = 1;
      if (!unitDone[u]) {
        unitDone[u] = 1;
        unitSettled(u, false);
      }
    } else if (++termTrue[r]! === 2) {
      termDone[r] = 1;
      if (++unitTrueMembers[u]! === unitMembers[u]!.length && !unitDone[u]) {
        unitDone[u] = 1;
        unitSettled(u, true);
      }
    }
  };

  // Seed: marks, weight-0 inferences, and everything whose condition is already decided.
  for (let i = 0; i < N; i++) if (marked[i]) queue[tail++] = i;
  for (let r = 0; r < M; r++) if (weight[r] === 0) decide(N + r, OUT);
  for (let i = 0; i < N; i++) checkNode(i);
  for (let r = 0; r < M; r++) checkRelation(r);

  while (head < tail) {
    const arg = queue[head++]!;
    const value = lab[arg]!;
    if (arg < N) {
      for (let k = termsFrom[arg]!; k < termsFrom[arg + 1]!; k++) termUpdate(termList[k]!, value);
    } else if (live[arg - N]) {
      termUpdate(arg - N, value);
    }
  }

  // ---- Output -------------------------------------------------------------------------

  const unitValue = (u: number): Value => {
    let v: Value = IN;
    for (const r of unitMembers[u]!) v = and(v, and(lab[src[r]!]!, lab[N + r]!));
    return v;
  };

  // Units into each statement; undercut units into each relation.
  const unitsInto: (number[] | undefined)[] = new Array(N);
  const undercutsOf: (number[] | undefined)[] = new Array(M);
  for (let u = 0; u < U; u++) {
    if (unitWeight[u]! <= 0) continue;
    const t = unitTarget[u]!;
    if (unitKind[u] === K_UNDERCUTS) (undercutsOf[t] ??= []).push(u);
    else (unitsInto[t] ??= []).push(u);
  }

  const labels: Record<string, Label> = {};
  const balance: Record<string, Balance> = {};
  const explanation: Record<string, string> = {};

  for (let i = 0; i < N; i++) {
    const id = nodes[i]!.id;
    if (nodeIndex.get(id) !== i) continue; // a duplicate id: the first one counts
    put(labels, id, LABEL_NAMES[lab[i]!]!);

    let pro = 0;
    let con = 0;
    let proCount = 0;
    let conCount = 0;
    let reasons = 0;
    let reasonsIn = 0;
    let reasonsUndec = 0;
    let attacks = 0;
    let attacksUndec = 0;
    let winningAttack = -1;
    let lastReason = -1;
    for (const u of unitsInto[i] ?? NONE) {
      const v = unitValue(u);
      const w = unitWeight[u]!;
      const k = unitKind[u];
      if (k === K_SUPPORTS) {
        reasons++;
        lastReason = u;
        if (v === IN) reasonsIn++;
        else if (v === UNDEC) reasonsUndec++;
        if (v !== OUT) {
          pro += w;
          proCount++;
        }
        for (const r of unitMembers[u]!) {
          for (const c of undercutsOf[r] ?? NONE) {
            if (unitValue(c) !== OUT) {
              con += unitWeight[c]!;
              conCount++;
            }
          }
        }
      } else {
        if (k === K_OPPOSES) {
          attacks++;
          if (v === IN && winningAttack < 0) winningAttack = u;
          else if (v === UNDEC) attacksUndec++;
        }
        if (v !== OUT) {
          con += w;
          conCount++;
        }
      }
    }
    put(balance, id, { pro, con, proCount, conCount });

    // What the rule alone gives, from the final labels (equals lab[i] when unmarked).
    const sup: Value = reasons === 0 || reasonsIn > 0 ? IN : reasonsUndec > 0 ? UNDEC : OUT;
    const atk: Value = winningAttack >= 0 ? IN : attacksUndec > 0 ? UNDEC : OUT;
    const ruled = and(sup, atk === IN ? OUT : atk === OUT ? IN : UNDEC);
    let text: string;
    if (marked[i]) {
      text = lab[i] === IN ? 'accepted by you' : 'rejected by you';
      if (ruled !== UNDEC && ruled !== lab[i])
        text += ruled === IN ? ' (the map alone would accept it)' : ' (the map alone would reject it)';
    } else if (ruled === IN) {
      const base =
        reasons === 0
          ? 'taken at face value'
          : reasonsIn === 1
            ? 'supported by a reason that holds'
            : `supported by ${reasonsIn} reasons that hold`;
      text = attacks === 0 ? (reasons === 0 ? 'not attacked; taken at face value' : base) : `${base}; every attack on it fails`;
    } else if (ruled === OUT) {
      if (winningAttack >= 0) {
        const members = unitMembers[winningAttack]!;
        const attacker = src[members[0]!]!;
        text = `attacked by ${describeAttacker(nodes[attacker]!, marked[attacker] === 1, members.length > 1)}`;
      } else if (reasons === 1) {
        text = unitMembers[lastReason]!.length > 1 ? 'its linked reason fails' : 'its only reason is defeated';
      } else {
        text = 'all reasons defeated';
      }
    } else if (sup === UNDEC && atk === UNDEC) {
      text = 'undecided: its reasons and an attack on it are unresolved';
    } else if (atk === UNDEC) {
      text = 'undecided: an attack on it is unresolved';
    } else {
      text = 'undecided: its reasons are unresolved';
    }
    put(explanation, id, text);
  }

  for (let r = 0; r < M; r++) {
    const id = rels[r]!.id;
    if (relIndex.get(id) !== r || nodeIndex.has(id)) continue;
    put(labels, id, LABEL_NAMES[lab[N + r]!]!);
  }

  return { labels, balance, explanation };
}

const NOUN: Record<NodeKind, string> = {
  claim: 'claim',
  premise: 'premise',
  objection: 'objection',
  rebuttal: 'rebuttal',
  caveat: 'caveat',
  evidence: 'piece of evidence',
  context: 'context statement',
};

function describeAttacker(node: ArgNode, accepted: boolean, linked: boolean): string {
  const noun = `${linked ? 'linked ' : ''}${NOUN[node.kind] ?? 'statement'}`;
  if (accepted) return `an accepted ${noun}`;
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun} that holds`;
}
