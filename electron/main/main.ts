import { runApp } from './app';

// Bundled to dist/electron/main.cjs; the preload and the renderer are found relative to it.
runApp(__dirname);
