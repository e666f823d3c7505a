/**
 * The parts of the search page needed only once there is something to show (results, no-match
 * help, filters). Loaded together with the search engine, so none of it weighs on the first screen.
 */
export { Filters } from './Filters.tsx';
// Results or no-match help, with sharing (link, QR, print) and the draft list: frontline workers
// need them, the first screen does not.
export { SearchResults } from './SearchResults.tsx';
