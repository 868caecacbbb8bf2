import { RuleTester } from '@typescript-eslint/rule-tester';
import { afterAll, describe, it } from 'vitest';

// RuleTester finds vitest's globals on its own; wiring them here keeps the tests independent of `globals: true`.
RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

/**
 * typescript-eslint's RuleTester (its parser on every case; `filename` picks JS, TS, JSX or TSX). Each test file
 * constructs its own, so that eslint-plugin-eslint-plugin's test rules recognise the cases.
 */
export { RuleTester };

/** Language options for `.jsx` and `.tsx` cases. */
export const jsx = { parserOptions: { ecmaFeatures: { jsx: true } } };
