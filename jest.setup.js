// Nest's DI needs decorator metadata; kafkajs prints a partitioner notice unless told not to.
require('reflect-metadata');
process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';
