import { createEngineRule } from '../engine-adapter.js';

export default createEngineRule('no-api-key-outside-app');
