// The entry feature's public API.
export { defaultPeriod } from './utils/entrySelection';
