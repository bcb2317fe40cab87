import { en, type UiStrings } from './en';

// Placeholder until the translation lands.
export const ar: UiStrings = { ...en };
