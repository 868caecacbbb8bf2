import { createEngineRule } from '../engine-adapter.js';

export default createEngineRule('prefer-pat-for-workflows');
