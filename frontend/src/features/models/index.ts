// The models' public API: the model queries other features look models up with.
export {
  modelQuery,
  modelsQuery,
  useModel,
  useModelNames,
  useModels,
  type Model,
  type Versioned,
} from './api/modelApi';
