// The catalogue tools' names, which search hits, callers and messages all refer to.
export const SEARCH_TOOL = 'make_search_tools';
export const READ_CALLER = 'make_call_read_tool';
export const WRITE_CALLER = 'make_call_tool';
