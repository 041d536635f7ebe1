export { ArtifactsModule } from './artifacts.module';
export { LocalArtifactStore } from './artifact-store';
export { resolveArtifactPath } from './artifact-path';
export { validateArtifactLocation } from './artifact-location';
