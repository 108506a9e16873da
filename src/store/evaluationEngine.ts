// The evaluation model (model/evaluation.ts) loads the first time evaluation is turned on
// (store.setEvaluationOn): the editor starts without it. evaluationOn becomes true only once
// it is here, so everything that reads an evaluation while evaluation is on finds it loaded.
type Engine = typeof import('../model/evaluation.ts');

let engine: Engine | null = null;
let loading: Promise<Engine> | null = null;

export function loadEvaluationEngine(): Promise<Engine> {
  loading ??= import('../model/evaluation.ts').then(
    (loaded) => (engine = loaded),
    (e: unknown) => {
      loading = null; // the next try fetches again
      throw e;
    },
  );
  return loading;
}

export const evaluationEngineLoaded = () => engine !== null;

export function evaluationEngine(): Engine {
  if (!engine) throw new Error('The evaluation is not loaded: turn it on with setEvaluationOn, which loads it first.');
  return engine;
}
