// Public face of the ledger for the other cooperation folders' writes.
export {
  insertLedgerEntries,
  insertLedgerEntry,
  linkLedgerEntryToNeed,
  type NewLedgerEntry,
} from './insert.js';
