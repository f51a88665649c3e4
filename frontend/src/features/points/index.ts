// The points' public API: what the models and entry features use of points.
export { pointQuery, pointsQuery, usePoints, type Point } from './api/pointApi';
export { PointsMap, type MapPoint } from './components/PointsMap';
export { hasCoordinates } from './utils/mapGeometry';
export { pointColumns } from './components/pointColumns';
