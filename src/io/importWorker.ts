// Reads another tool's file off the main thread: parsing a 5,000-statement Argdown file
// takes seconds, and the page must stay responsive meanwhile.
import { importText } from '../model/interop/import.ts';

self.onmessage = async (e: MessageEvent<{ text: string; fileName: string }>) => {
  const outcome = await importText(e.data.text, e.data.fileName);
  (self as unknown as Worker).postMessage(outcome);
};
