#!/usr/bin/env node
import { keepHeapSmall } from "../dist/heap.js";
import { main } from "../dist/cli.js";

keepHeapSmall();
process.exitCode = await main(process.argv.slice(2));
