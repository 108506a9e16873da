// Attach a text to the map, or start a new map from it: paste it or open a .txt / .md file,
// describe it (title, author, date, address) and choose whether the map carries the text.
import { useId, useRef, useState } from 'react';
import { useEditor } from '../../store/store.ts';
import { guessTitle } from '../../model/source/mapSources.ts';

export const TEXT_FILE_TYPES = '.txt,.md,.markdown,text/plain,text/markdown';

export function AttachSourceForm({ onDone }: { onDone?: () => void }) {
  const id = useId();
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | undefined>();
  const [title, setTitle] = useState('');
  const [author, setAuthor] = useState('');
  const [date, setDate] = useState('');
  const [address, setAddress] = useState('');
  const [embed, setEmbed] = useState(true);
  const fileInput = useRef<HTMLInputElement>(null);

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    const content = await file.text();
    setText(content);
    setFileName(file.name);
    if (!title) setTitle(guessTitle(content, file.name));
  };

  const describe = () => {
    const meta = { title: title.trim() || guessTitle(text, fileName) };
    return {
      ...meta,
      ...(author.trim() ? { author: author.trim() } : {}),
      ...(date.trim() ? { date: date.trim() } : {}),
      ...(address.trim() ? { address: address.trim() } : {}),
    };
  };
  const attach = () => {
    useEditor.getState().attachSource({ ...describe(), text }, { reference: !embed });
    onDone?.();
  };
  const newMap = () => {
    useEditor.getState().newMapFromText(text, fileName ?? `${describe().title}.txt`);
    onDone?.();
  };

  return (
    <form className="attach-source" aria-label="Attach a source text" onSubmit={(e) => (e.preventDefault(), attach())}>
      <div className="attach-source-open">
        <button type="button" onClick={() => fileInput.current?.click()}>
          Open a .txt or .md file…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept={TEXT_FILE_TYPES}
          hidden
          aria-label="Text file"
          onChange={(e) => void readFile(e.target.files?.[0])}
        />
        {fileName && <span className="attach-source-file">{fileName}</span>}
      </div>
      <label htmlFor={`${id}-text`}>Text (paste it here, or open a file)</label>
      <textarea id={`${id}-text`} rows={6} value={text} onChange={(e) => setText(e.target.value)} />
      <div className="attach-source-meta">
        <label>
          Title{' '}
          <input
            type="text"
            value={title}
            placeholder={text ? guessTitle(text, fileName) : ''}
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
        <label>
          Author <input type="text" value={author} onChange={(e) => setAuthor(e.target.value)} />
        </label>
        <label>
          Date <input type="text" value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <label>
          Address <input type="text" value={address} placeholder="URL or reference" onChange={(e) => setAddress(e.target.value)} />
        </label>
      </div>
      <label className="attach-source-embed">
        <input type="checkbox" checked={embed} onChange={(e) => setEmbed(e.target.checked)} /> Keep the text in the map file (otherwise the
        map references it and asks for the file when opened)
      </label>
      <div className="attach-source-actions">
        <button type="submit" disabled={!text.trim()}>
          Attach source
        </button>
        <button type="button" disabled={!text.trim()} onClick={newMap}>
          New map from a text
        </button>
      </div>
    </form>
  );
}
