import { createEngineRule } from '../engine-adapter.js';

export default createEngineRule('require-user-app-id');
