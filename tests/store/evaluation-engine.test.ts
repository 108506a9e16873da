// The evaluation model loads the first time evaluation is turned on (store/evaluationEngine.ts):
// evaluationOn becomes true only once it is there. This file never loads it beforehand.
import { useEditor } from '../../src/store/store';
import { evaluationEngineLoaded } from '../../src/store/evaluationEngine';
import { evaluationOf } from '../../src/store/evaluationView';

const S = () => useEditor.getState();

beforeEach(() => useEditor.setState(useEditor.getInitialState(), true));

describe('turning evaluation on the first time', () => {
  it('loads the evaluation model, then turns it on; turned off meanwhile, it stays off', async () => {
    expect(evaluationEngineLoaded()).toBe(false);
    S().setEvaluationOn(true);
    S().setEvaluationOn(false);
    expect(S().evaluationOn).toBe(false);
    await vi.waitFor(() => expect(evaluationEngineLoaded()).toBe(true));
    await new Promise((r) => setTimeout(r));
    expect(S().evaluationOn).toBe(false);

    // Loaded: on at once, and an evaluation is there to read.
    S().setEvaluationOn(true);
    expect(S().evaluationOn).toBe(true);
    expect(evaluationOf(S().map).labels).toBeDefined();
  });
});
