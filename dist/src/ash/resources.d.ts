/**
 * The Ash stage: reads every `defmodule` of the `Ash Resources` section's
 * Elixir blocks into an `AshResource` (`model.ts`) and stores them on
 * `model.ash`. Runs after `parseCode`, once per file.
 */
import { type DocumentModel } from '../document/model.js';
/** The section whose Elixir blocks hold the resources. */
/** The model stage. */
export declare function understandAsh(model: DocumentModel): void;
