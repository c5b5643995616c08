/** Whether a routed path (BASE_PATH removed) is the API's: never a page or a file, whatever is mounted where. */
export const isApiPath = (path: string): boolean => path === '/api' || path.startsWith('/api/');
