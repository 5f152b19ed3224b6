import { libraryExport } from '../download';

export const GET = (request: Request) => libraryExport(request, 'json');
