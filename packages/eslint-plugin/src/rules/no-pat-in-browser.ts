import { createEngineRule } from '../engine-adapter.js';

export default createEngineRule('no-pat-in-browser');
