export { DocumentsPage } from './DocumentsPage';
export { AREAS, areaPath, type Area } from './areas';
