// Starts the interactive page (one HTML file, src/export/interactivePage.ts): reads the map
// the page carries, opens it as the editor opens a file, and shows it read-only. Nothing here
// reaches the network; the page's Content-Security-Policy would refuse it anyway.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './fonts.css';
import '@xyflow/react/dist/style.css';
import '../styles.css';
import './viewer.css';
import { useEditor } from '../store/store.ts';
import { startTheme } from '../io/theme.ts';
import { exposeToScripts } from '../io/scriptHandle.ts';
import { MAP_ELEMENT_ID } from '../export/interactivePage.ts';
import { openPageMap } from './viewOnly.ts';
import { ViewerApp } from './ViewerApp.tsx';

startTheme();
// The map as the file holds it, in a data block (type application/json: the browser never runs it).
openPageMap(document.getElementById(MAP_ELEMENT_ID)?.textContent ?? '', 'the map in this page');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ViewerApp />
  </StrictMode>,
);
// Read access for scripts and tests, as in the editor (window.argmap.store).
exposeToScripts({ store: useEditor });
