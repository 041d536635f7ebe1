// Original file: proto/cairn/tracking/v1/entities.proto


export interface Dataset {
  'name'?: (string);
  'digest'?: (string);
  'source_type'?: (string);
  'source'?: (string);
  'schema'?: (string);
  'profile'?: (string);
  '_schema'?: "schema";
  '_profile'?: "profile";
}

export interface Dataset__Output {
  'name': (string);
  'digest': (string);
  'source_type': (string);
  'source': (string);
  'schema'?: (string);
  'profile'?: (string);
  '_schema'?: "schema";
  '_profile'?: "profile";
}
