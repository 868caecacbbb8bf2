// Benchmark subject: the same as the baseline plus eslint-plugin-clarifai's recommended config.
import clarifai from 'eslint-plugin-clarifai';
import baseline from './eslint-no-rules.config.mjs';

export default [...baseline, clarifai.configs.recommended];
