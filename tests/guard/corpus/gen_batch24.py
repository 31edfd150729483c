"""Batch 24: benign surfaces modelled on the reference MCP servers (everything, filesystem,
memory: structures taken from running them, descriptions reworded) plus 25 popular servers
written from memory with their real tool names/parameters and reworded descriptions."""
from corpus_lib import P, T, RO, RW, DESTRUCTIVE, surface, prompt, resource, template, dump

REAL = {'ev_tools': {'tools': [{'name': 'echo',
                         'title': 'Echo Tool',
                         'description': 'Returns the supplied string unchanged',
                         'inputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                         'type': 'object',
                                         'properties': {'message': {'type': 'string',
                                                                    'description': 'Text to send back'}},
                                         'required': ['message']},
                         'annotations': {'readOnlyHint': True,
                                         'destructiveHint': False,
                                         'idempotentHint': True,
                                         'openWorldHint': False},
                         'execution': {'taskSupport': 'forbidden'}},
                        {'name': 'get-annotated-message',
                         'title': 'Get Annotated Message Tool',
                         'description': 'Shows how content annotations can carry extra metadata about '
                                        'returned items.',
                         'inputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                         'type': 'object',
                                         'properties': {'messageType': {'type': 'string',
                                                                        'enum': ['error', 'success', 'debug'],
                                                                        'description': 'Kind of message used '
                                                                                       'to illustrate the '
                                                                                       'different annotation '
                                                                                       'patterns'},
                                                        'includeImage': {'default': False,
                                                                         'description': 'Set to include a '
                                                                                        'sample image in the '
                                                                                        'output',
                                                                         'type': 'boolean'}},
                                         'required': ['messageType']},
                         'annotations': {'readOnlyHint': True,
                                         'destructiveHint': False,
                                         'idempotentHint': True,
                                         'openWorldHint': False},
                         'execution': {'taskSupport': 'forbidden'}},
                        {'name': 'get-env',
                         'title': 'Print Environment Tool',
                         'description': 'Lists every environment variable, useful when troubleshooting the '
                                        'MCP server setup',
                         'inputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                         'type': 'object',
                                         'properties': {}},
                         'annotations': {'readOnlyHint': True,
                                         'destructiveHint': False,
                                         'idempotentHint': True,
                                         'openWorldHint': False},
                         'execution': {'taskSupport': 'forbidden'}},
                        {'name': 'get-resource-links',
                         'title': 'Get Resource Links Tool',
                         'description': 'Gives back as many as ten resource links pointing at different '
                                        'kinds of resources',
                         'inputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                         'type': 'object',
                                         'properties': {'count': {'default': 3,
                                                                  'description': 'How many resource links to '
                                                                                 'return (1-10)',
                                                                  'type': 'number',
                                                                  'minimum': 1,
                                                                  'maximum': 10}}},
                         'annotations': {'readOnlyHint': True,
                                         'destructiveHint': False,
                                         'idempotentHint': True,
                                         'openWorldHint': False},
                         'execution': {'taskSupport': 'forbidden'}},
                        {'name': 'get-resource-reference',
                         'title': 'Get Resource Reference Tool',
                         'description': 'Gives a resource reference that MCP clients are able to use',
                         'inputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                         'type': 'object',
                                         'properties': {'resourceType': {'default': 'Text',
                                                                         'type': 'string',
                                                                         'enum': ['Text', 'Blob']},
                                                        'resourceId': {'default': 1,
                                                                       'description': 'Identifier of the '
                                                                                      'text resource to '
                                                                                      'retrieve',
                                                                       'type': 'number'}}},
                         'annotations': {'readOnlyHint': True,
                                         'destructiveHint': False,
                                         'idempotentHint': True,
                                         'openWorldHint': False},
                         'execution': {'taskSupport': 'forbidden'}},
                        {'name': 'get-structured-content',
                         'title': 'Get Structured Content Tool',
                         'description': 'Gives structured content together with an output schema so the '
                                        'client can validate the data',
                         'inputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                         'type': 'object',
                                         'properties': {'location': {'type': 'string',
                                                                     'enum': ['New York',
                                                                              'Chicago',
                                                                              'Los Angeles'],
                                                                     'description': 'Pick a city'}},
                                         'required': ['location']},
                         'outputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                          'type': 'object',
                                          'properties': {'temperature': {'type': 'number',
                                                                         'description': 'Temperature in '
                                                                                        'degrees celsius'},
                                                         'conditions': {'type': 'string',
                                                                        'description': 'Text describing the '
                                                                                       'weather conditions'},
                                                         'humidity': {'type': 'number',
                                                                      'description': 'Relative humidity as a '
                                                                                     'percentage'}},
                                          'required': ['temperature', 'conditions', 'humidity'],
                                          'additionalProperties': False},
                         'annotations': {'readOnlyHint': True,
                                         'destructiveHint': False,
                                         'idempotentHint': True,
                                         'openWorldHint': False},
                         'execution': {'taskSupport': 'forbidden'}},
                        {'name': 'get-sum',
                         'title': 'Get Sum Tool',
                         'description': 'Adds two numbers and returns the total',
                         'inputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                         'type': 'object',
                                         'properties': {'a': {'type': 'number',
                                                              'description': 'The first operand'},
                                                        'b': {'type': 'number',
                                                              'description': 'The second operand'}},
                                         'required': ['a', 'b']},
                         'annotations': {'readOnlyHint': True,
                                         'destructiveHint': False,
                                         'idempotentHint': True,
                                         'openWorldHint': False},
                         'execution': {'taskSupport': 'forbidden'}},
                        {'name': 'get-tiny-image',
                         'title': 'Get Tiny Image Tool',
                         'description': 'Gives back a very small MCP logo picture.',
                         'inputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                         'type': 'object',
                                         'properties': {}},
                         'annotations': {'readOnlyHint': True,
                                         'destructiveHint': False,
                                         'idempotentHint': True,
                                         'openWorldHint': False},
                         'execution': {'taskSupport': 'forbidden'}},
                        {'name': 'gzip-file-as-resource',
                         'title': 'GZip File as Resource Tool',
                         'description': 'Gzip-compresses one file. Based on the chosen output type it '
                                        'returns the compressed bytes either as an embedded gzipped resource '
                                        'or as a resource link that can be read afterwards.',
                         'inputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                         'type': 'object',
                                         'properties': {'name': {'default': 'README.md.gz',
                                                                 'type': 'string',
                                                                 'description': 'File name to use for the '
                                                                                'output'},
                                                        'data': {'default': 'https://raw.githubusercontent.com/modelcontextprotocol/servers/refs/heads/main/README.md',
                                                                 'type': 'string',
                                                                 'format': 'uri',
                                                                 'description': 'URL or data URI holding the '
                                                                                'content to compress'},
                                                        'outputType': {'default': 'resourceLink',
                                                                       'description': 'How the gzipped '
                                                                                      'result is handed '
                                                                                      "back. 'resourceLink' "
                                                                                      'gives a link to a '
                                                                                      'resource readable '
                                                                                      "later; 'resource' "
                                                                                      'gives the complete '
                                                                                      'resource object',
                                                                       'type': 'string',
                                                                       'enum': ['resourceLink',
                                                                                'resource']}}},
                         'annotations': {'readOnlyHint': False,
                                         'destructiveHint': False,
                                         'idempotentHint': True,
                                         'openWorldHint': True},
                         'execution': {'taskSupport': 'forbidden'}},
                        {'name': 'toggle-simulated-logging',
                         'title': 'Toggle Simulated Logging',
                         'description': 'Switches the simulated logging at random levels on or off.',
                         'inputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                         'type': 'object',
                                         'properties': {}},
                         'annotations': {'readOnlyHint': False,
                                         'destructiveHint': False,
                                         'idempotentHint': False,
                                         'openWorldHint': False},
                         'execution': {'taskSupport': 'forbidden'}},
                        {'name': 'toggle-subscriber-updates',
                         'title': 'Toggle Subscriber Updates',
                         'description': 'Switches the simulated resource subscription updates on or off.',
                         'inputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                         'type': 'object',
                                         'properties': {}},
                         'annotations': {'readOnlyHint': False,
                                         'destructiveHint': False,
                                         'idempotentHint': False,
                                         'openWorldHint': False},
                         'execution': {'taskSupport': 'forbidden'}},
                        {'name': 'trigger-long-running-operation',
                         'title': 'Trigger Long Running Operation Tool',
                         'description': 'Shows an operation that runs for a while and reports its progress.',
                         'inputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                         'type': 'object',
                                         'properties': {'duration': {'default': 10,
                                                                     'description': 'How long the operation '
                                                                                    'lasts, in seconds',
                                                                     'type': 'number'},
                                                        'steps': {'default': 5,
                                                                  'description': 'How many steps the '
                                                                                 'operation has',
                                                                  'type': 'number'}}},
                         'annotations': {'readOnlyHint': True,
                                         'destructiveHint': False,
                                         'idempotentHint': True,
                                         'openWorldHint': False},
                         'execution': {'taskSupport': 'forbidden'}},
                        {'name': 'trigger-elicitation-request',
                         'title': 'Trigger Elicitation Request Tool',
                         'description': 'Ask the client, from the server side, to elicit input from the user',
                         'inputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                         'type': 'object',
                                         'properties': {}},
                         'annotations': {'readOnlyHint': False,
                                         'destructiveHint': False,
                                         'idempotentHint': False,
                                         'openWorldHint': False},
                         'execution': {'taskSupport': 'forbidden'}},
                        {'name': 'trigger-sampling-request',
                         'title': 'Trigger Sampling Request Tool',
                         'description': 'Ask the client, from the server side, to run an LLM sampling '
                                        'request',
                         'inputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                         'type': 'object',
                                         'properties': {'prompt': {'type': 'string',
                                                                   'description': 'Prompt text to pass to '
                                                                                  'the LLM'},
                                                        'maxTokens': {'default': 100,
                                                                      'description': 'Upper limit on '
                                                                                     'generated tokens',
                                                                      'type': 'number'}},
                                         'required': ['prompt']},
                         'annotations': {'readOnlyHint': False,
                                         'destructiveHint': False,
                                         'idempotentHint': False,
                                         'openWorldHint': True},
                         'execution': {'taskSupport': 'forbidden'}},
                        {'name': 'simulate-research-query',
                         'title': 'Simulate Research Query',
                         'description': 'Simulates a deep research job that collects, analyses and combines '
                                        'information, showing MCP task-based operations that advance through '
                                        'several stages with status updates.',
                         'inputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                         'type': 'object',
                                         'properties': {'topic': {'type': 'string',
                                                                  'description': 'Subject to research'},
                                                        'ambiguous': {'default': False,
                                                                      'description': 'Simulate an unclear '
                                                                                     'query that needs '
                                                                                     'clarifying (causes an '
                                                                                     'input_required status)',
                                                                      'type': 'boolean'}},
                                         'required': ['topic']},
                         'annotations': {'readOnlyHint': False,
                                         'destructiveHint': False,
                                         'idempotentHint': False,
                                         'openWorldHint': False},
                         'execution': {'taskSupport': 'required'}}]},
 'ev_prompts': {'prompts': [{'name': 'simple-prompt',
                             'title': 'Simple Prompt',
                             'description': 'A prompt that takes no arguments'},
                            {'name': 'args-prompt',
                             'title': 'Arguments Prompt',
                             'description': 'A prompt taking two arguments, the first required and the '
                                            'second optional',
                             'arguments': [{'name': 'city', 'description': 'City name', 'required': True},
                                           {'name': 'state'}]},
                            {'name': 'completable-prompt',
                             'title': 'Team Management',
                             'description': 'The value picked for the first argument limits the choices for '
                                            'the second.',
                             'arguments': [{'name': 'department',
                                            'description': 'Pick the department.',
                                            'required': True},
                                           {'name': 'name',
                                            'description': 'Pick a team member who will lead the chosen '
                                                           'department.',
                                            'required': True}]},
                            {'name': 'resource-prompt',
                             'title': 'Resource Prompt',
                             'description': 'A prompt containing a reference to an embedded resource',
                             'arguments': [{'name': 'resourceType',
                                            'description': 'Kind of resource to retrieve',
                                            'required': True},
                                           {'name': 'resourceId',
                                            'description': 'Identifier of the text resource to retrieve',
                                            'required': True}]}]},
 'ev_res': {'resources': [{'uri': 'demo://resource/static/document/architecture.md',
                           'name': 'architecture.md',
                           'description': 'Static documentation file served from /docs: architecture.md',
                           'mimeType': 'text/markdown'},
                          {'uri': 'demo://resource/static/document/extension.md',
                           'name': 'extension.md',
                           'description': 'Static documentation file served from /docs: extension.md',
                           'mimeType': 'text/markdown'},
                          {'uri': 'demo://resource/static/document/features.md',
                           'name': 'features.md',
                           'description': 'Static documentation file served from /docs: features.md',
                           'mimeType': 'text/markdown'},
                          {'uri': 'demo://resource/static/document/how-it-works.md',
                           'name': 'how-it-works.md',
                           'description': 'Static documentation file served from /docs: how-it-works.md',
                           'mimeType': 'text/markdown'},
                          {'uri': 'demo://resource/static/document/instructions.md',
                           'name': 'instructions.md',
                           'description': 'Static documentation file served from /docs: instructions.md',
                           'mimeType': 'text/markdown'},
                          {'uri': 'demo://resource/static/document/startup.md',
                           'name': 'startup.md',
                           'description': 'Static documentation file served from /docs: startup.md',
                           'mimeType': 'text/markdown'},
                          {'uri': 'demo://resource/static/document/structure.md',
                           'name': 'structure.md',
                           'description': 'Static documentation file served from /docs: structure.md',
                           'mimeType': 'text/markdown'}]},
 'fs_tools': {'tools': [{'name': 'read_file',
                         'title': 'Read File (Deprecated)',
                         'description': "Returns a whole file's contents as text. DEPRECATED: call "
                                        'read_text_file instead.',
                         'inputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                         'type': 'object',
                                         'properties': {'path': {'type': 'string'},
                                                        'tail': {'description': 'When given, only the final '
                                                                                'N lines of the file are '
                                                                                'returned',
                                                                 'type': 'number'},
                                                        'head': {'description': 'When given, only the first '
                                                                                'N lines of the file are '
                                                                                'returned',
                                                                 'type': 'number'}},
                                         'required': ['path']},
                         'outputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                          'type': 'object',
                                          'properties': {'content': {'type': 'string'}},
                                          'required': ['content'],
                                          'additionalProperties': False},
                         'annotations': {'readOnlyHint': True, 'openWorldHint': False},
                         'execution': {'taskSupport': 'forbidden'}},
                        {'name': 'read_text_file',
                         'title': 'Read Text File',
                         'description': 'Returns the full contents of a file on disk as text. Copes with a '
                                        'range of text encodings and gives clear error messages when the '
                                        "file can't be read. Use it to inspect a single file's contents. Set "
                                        "'head' to get only the first N lines or 'tail' for only the last N. "
                                        'Works only inside the allowed directories.',
                         'inputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                         'type': 'object',
                                         'properties': {'path': {'type': 'string'},
                                                        'tail': {'description': 'When given, only the final '
                                                                                'N lines of the file are '
                                                                                'returned',
                                                                 'type': 'number'},
                                                        'head': {'description': 'When given, only the first '
                                                                                'N lines of the file are '
                                                                                'returned',
                                                                 'type': 'number'}},
                                         'required': ['path']},
                         'outputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                          'type': 'object',
                                          'properties': {'content': {'type': 'string'}},
                                          'required': ['content'],
                                          'additionalProperties': False},
                         'annotations': {'readOnlyHint': True, 'openWorldHint': False},
                         'execution': {'taskSupport': 'forbidden'}},
                        {'name': 'read_media_file',
                         'title': 'Read Media File',
                         'description': 'Reads a file and returns it base64-encoded as a content block along '
                                        'with its MIME type. Images and audio come back as image/audio '
                                        'content; other file types come back as an embedded blob resource. '
                                        'Works only inside the allowed directories.',
                         'inputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                         'type': 'object',
                                         'properties': {'path': {'type': 'string'}},
                                         'required': ['path']},
                         'outputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                          'type': 'object',
                                          'properties': {'content': {'type': 'array',
                                                                     'items': {'anyOf': [{'type': 'object',
                                                                                          'properties': {'type': {'type': 'string',
                                                                                                                  'enum': ['image',
                                                                                                                           'audio']},
                                                                                                         'data': {'type': 'string'},
                                                                                                         'mimeType': {'type': 'string'}},
                                                                                          'required': ['type',
                                                                                                       'data',
                                                                                                       'mimeType'],
                                                                                          'additionalProperties': False},
                                                                                         {'type': 'object',
                                                                                          'properties': {'type': {'type': 'string',
                                                                                                                  'const': 'resource'},
                                                                                                         'resource': {'type': 'object',
                                                                                                                      'properties': {'uri': {'type': 'string'},
                                                                                                                                     'mimeType': {'type': 'string'},
                                                                                                                                     'blob': {'type': 'string'}},
                                                                                                                      'required': ['uri',
                                                                                                                                   'blob'],
                                                                                                                      'additionalProperties': False}},
                                                                                          'required': ['type',
                                                                                                       'resource'],
                                                                                          'additionalProperties': False}]}}},
                                          'required': ['content'],
                                          'additionalProperties': False},
                         'annotations': {'readOnlyHint': True, 'openWorldHint': False},
                         'execution': {'taskSupport': 'forbidden'}},
                        {'name': 'read_multiple_files',
                         'title': 'Read Multiple Files',
                         'description': 'Reads several files at once, which is quicker than reading them one '
                                        "at a time when files must be analysed or compared. Every file's "
                                        "content comes back labelled with its path. If one file can't be "
                                        'read, the others still succeed. Works only inside the allowed '
                                        'directories.',
                         'inputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                         'type': 'object',
                                         'properties': {'paths': {'minItems': 1,
                                                                  'type': 'array',
                                                                  'items': {'type': 'string'},
                                                                  'description': 'List of file paths to '
                                                                                 'read. Every entry must be '
                                                                                 'a string naming a valid '
                                                                                 'file inside the allowed '
                                                                                 'directories.'}},
                                         'required': ['paths']},
                         'outputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                          'type': 'object',
                                          'properties': {'content': {'type': 'string'}},
                                          'required': ['content'],
                                          'additionalProperties': False},
                         'annotations': {'readOnlyHint': True, 'openWorldHint': False},
                         'execution': {'taskSupport': 'forbidden'}},
                        {'name': 'write_file',
                         'title': 'Write File',
                         'description': 'Makes a new file or fully replaces an existing one with the given '
                                        'content. Be careful: existing files are overwritten with no '
                                        'warning. Writes text with proper encoding. Works only inside the '
                                        'allowed directories.',
                         'inputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                         'type': 'object',
                                         'properties': {'path': {'type': 'string'},
                                                        'content': {'type': 'string'}},
                                         'required': ['path', 'content']},
                         'outputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                          'type': 'object',
                                          'properties': {'content': {'type': 'string'}},
                                          'required': ['content'],
                                          'additionalProperties': False},
                         'annotations': {'readOnlyHint': False,
                                         'destructiveHint': True,
                                         'idempotentHint': True,
                                         'openWorldHint': False},
                         'execution': {'taskSupport': 'forbidden'}},
                        {'name': 'edit_file',
                         'title': 'Edit File',
                         'description': 'Applies line-based edits to a text file. Every edit swaps exact '
                                        'sequences of lines for new text. Gives back a git-style diff of '
                                        'what changed. Works only inside the allowed directories.',
                         'inputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                         'type': 'object',
                                         'properties': {'path': {'type': 'string'},
                                                        'edits': {'type': 'array',
                                                                  'items': {'type': 'object',
                                                                            'properties': {'oldText': {'type': 'string',
                                                                                                       'description': 'Text '
                                                                                                                      'to '
                                                                                                                      'look '
                                                                                                                      'for '
                                                                                                                      '- '
                                                                                                                      'has '
                                                                                                                      'to '
                                                                                                                      'match '
                                                                                                                      'exactly'},
                                                                                           'newText': {'type': 'string',
                                                                                                       'description': 'Replacement '
                                                                                                                      'text'}},
                                                                            'required': ['oldText',
                                                                                         'newText']}},
                                                        'dryRun': {'default': False,
                                                                   'description': 'Show the changes as a '
                                                                                  'git-style diff without '
                                                                                  'applying them',
                                                                   'type': 'boolean'}},
                                         'required': ['path', 'edits']},
                         'outputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                          'type': 'object',
                                          'properties': {'content': {'type': 'string'}},
                                          'required': ['content'],
                                          'additionalProperties': False},
                         'annotations': {'readOnlyHint': False,
                                         'destructiveHint': True,
                                         'idempotentHint': False,
                                         'openWorldHint': False},
                         'execution': {'taskSupport': 'forbidden'}},
                        {'name': 'create_directory',
                         'title': 'Create Directory',
                         'description': 'Makes a new directory or makes sure one exists. Nested directories '
                                        'can be created in a single call. Succeeds quietly when the '
                                        'directory is already present, which suits setting up project '
                                        'folders or guaranteeing a path exists. Works only inside the '
                                        'allowed directories.',
                         'inputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                         'type': 'object',
                                         'properties': {'path': {'type': 'string'}},
                                         'required': ['path']},
                         'outputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                          'type': 'object',
                                          'properties': {'content': {'type': 'string'}},
                                          'required': ['content'],
                                          'additionalProperties': False},
                         'annotations': {'readOnlyHint': False,
                                         'destructiveHint': False,
                                         'idempotentHint': True,
                                         'openWorldHint': False},
                         'execution': {'taskSupport': 'forbidden'}},
                        {'name': 'list_directory',
                         'title': 'List Directory',
                         'description': 'Gives a detailed listing of every file and directory at the given '
                                        'path. Output marks files and directories clearly with [FILE] and '
                                        '[DIR] prefixes. Handy for seeing how a directory is organised and '
                                        'finding particular files. Works only inside the allowed '
                                        'directories.',
                         'inputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                         'type': 'object',
                                         'properties': {'path': {'type': 'string'}},
                                         'required': ['path']},
                         'outputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                          'type': 'object',
                                          'properties': {'content': {'type': 'string'}},
                                          'required': ['content'],
                                          'additionalProperties': False},
                         'annotations': {'readOnlyHint': True, 'openWorldHint': False},
                         'execution': {'taskSupport': 'forbidden'}},
                        {'name': 'list_directory_with_sizes',
                         'title': 'List Directory with Sizes',
                         'description': 'Gives a detailed listing of every file and directory at the given '
                                        'path, sizes included. Output marks files and directories clearly '
                                        'with [FILE] and [DIR] prefixes. Handy for seeing how a directory is '
                                        'organised and finding particular files. Works only inside the '
                                        'allowed directories.',
                         'inputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                         'type': 'object',
                                         'properties': {'path': {'type': 'string'},
                                                        'sortBy': {'default': 'name',
                                                                   'description': 'Order entries by name or '
                                                                                  'by size',
                                                                   'type': 'string',
                                                                   'enum': ['name', 'size']}},
                                         'required': ['path']},
                         'outputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                          'type': 'object',
                                          'properties': {'content': {'type': 'string'}},
                                          'required': ['content'],
                                          'additionalProperties': False},
                         'annotations': {'readOnlyHint': True, 'openWorldHint': False},
                         'execution': {'taskSupport': 'forbidden'}},
                        {'name': 'directory_tree',
                         'title': 'Directory Tree',
                         'description': 'Gives a recursive tree of files and directories as JSON. Each entry '
                                        "has 'name', 'type' (file/directory) and, for directories, "
                                        "'children'. Files get no children array, while directories always "
                                        'have one, possibly empty. Output is indented with 2 spaces. Works '
                                        'only inside the allowed directories.',
                         'inputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                         'type': 'object',
                                         'properties': {'path': {'type': 'string'},
                                                        'excludePatterns': {'default': [],
                                                                            'type': 'array',
                                                                            'items': {'type': 'string'}}},
                                         'required': ['path']},
                         'outputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                          'type': 'object',
                                          'properties': {'content': {'type': 'string'}},
                                          'required': ['content'],
                                          'additionalProperties': False},
                         'annotations': {'readOnlyHint': True, 'openWorldHint': False},
                         'execution': {'taskSupport': 'forbidden'}},
                        {'name': 'move_file',
                         'title': 'Move File',
                         'description': 'Moves or renames files and directories, and can move between '
                                        'directories and rename in one step. Fails when the destination '
                                        'already exists. Both source and destination must be inside the '
                                        'allowed directories.',
                         'inputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                         'type': 'object',
                                         'properties': {'source': {'type': 'string'},
                                                        'destination': {'type': 'string'}},
                                         'required': ['source', 'destination']},
                         'outputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                          'type': 'object',
                                          'properties': {'content': {'type': 'string'}},
                                          'required': ['content'],
                                          'additionalProperties': False},
                         'annotations': {'readOnlyHint': False,
                                         'destructiveHint': True,
                                         'idempotentHint': False,
                                         'openWorldHint': False},
                         'execution': {'taskSupport': 'forbidden'}},
                        {'name': 'search_files',
                         'title': 'Search Files',
                         'description': 'Searches recursively for files and directories that match a '
                                        'pattern. Patterns are glob-style and match paths relative to the '
                                        "working directory. Use '*.ext' for files in the current directory "
                                        "and '**/*.ext' for files in any subdirectory. Gives full paths of "
                                        'everything matched. Works only inside the allowed directories.',
                         'inputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                         'type': 'object',
                                         'properties': {'path': {'type': 'string'},
                                                        'pattern': {'type': 'string'},
                                                        'excludePatterns': {'default': [],
                                                                            'type': 'array',
                                                                            'items': {'type': 'string'}}},
                                         'required': ['path', 'pattern']},
                         'outputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                          'type': 'object',
                                          'properties': {'content': {'type': 'string'}},
                                          'required': ['content'],
                                          'additionalProperties': False},
                         'annotations': {'readOnlyHint': True, 'openWorldHint': False},
                         'execution': {'taskSupport': 'forbidden'}},
                        {'name': 'get_file_info',
                         'title': 'Get File Info',
                         'description': 'Gets detailed metadata for a file or directory: size, creation '
                                        'time, last modification time, permissions and type. Useful for '
                                        'learning about a file without reading it. Works only inside the '
                                        'allowed directories.',
                         'inputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                         'type': 'object',
                                         'properties': {'path': {'type': 'string'}},
                                         'required': ['path']},
                         'outputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                          'type': 'object',
                                          'properties': {'content': {'type': 'string'}},
                                          'required': ['content'],
                                          'additionalProperties': False},
                         'annotations': {'readOnlyHint': True, 'openWorldHint': False},
                         'execution': {'taskSupport': 'forbidden'}},
                        {'name': 'list_allowed_directories',
                         'title': 'List Allowed Directories',
                         'description': 'Lists the directories this server may access; their subdirectories '
                                        'are accessible too. Call it to learn which directories are '
                                        'available before working with files.',
                         'inputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                         'type': 'object',
                                         'properties': {}},
                         'outputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                          'type': 'object',
                                          'properties': {'content': {'type': 'string'}},
                                          'required': ['content'],
                                          'additionalProperties': False},
                         'annotations': {'readOnlyHint': True, 'openWorldHint': False},
                         'execution': {'taskSupport': 'forbidden'}}]},
 'mem_tools': {'tools': [{'name': 'create_entities',
                          'title': 'Create Entities',
                          'description': 'Add several new entities to the knowledge graph',
                          'inputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                          'type': 'object',
                                          'properties': {'entities': {'type': 'array',
                                                                      'items': {'type': 'object',
                                                                                'properties': {'name': {'type': 'string',
                                                                                                        'description': 'Name '
                                                                                                                       'of '
                                                                                                                       'the '
                                                                                                                       'entity'},
                                                                                               'entityType': {'type': 'string',
                                                                                                              'description': 'Type '
                                                                                                                             'of '
                                                                                                                             'the '
                                                                                                                             'entity'},
                                                                                               'observations': {'type': 'array',
                                                                                                                'items': {'type': 'string'},
                                                                                                                'description': 'List '
                                                                                                                               'of '
                                                                                                                               'observation '
                                                                                                                               'texts '
                                                                                                                               'linked '
                                                                                                                               'to '
                                                                                                                               'the '
                                                                                                                               'entity'}},
                                                                                'required': ['name',
                                                                                             'entityType',
                                                                                             'observations']}}},
                                          'required': ['entities']},
                          'outputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                           'type': 'object',
                                           'properties': {'entities': {'type': 'array',
                                                                       'items': {'type': 'object',
                                                                                 'properties': {'name': {'type': 'string',
                                                                                                         'description': 'Name '
                                                                                                                        'of '
                                                                                                                        'the '
                                                                                                                        'entity'},
                                                                                                'entityType': {'type': 'string',
                                                                                                               'description': 'Type '
                                                                                                                              'of '
                                                                                                                              'the '
                                                                                                                              'entity'},
                                                                                                'observations': {'type': 'array',
                                                                                                                 'items': {'type': 'string'},
                                                                                                                 'description': 'List '
                                                                                                                                'of '
                                                                                                                                'observation '
                                                                                                                                'texts '
                                                                                                                                'linked '
                                                                                                                                'to '
                                                                                                                                'the '
                                                                                                                                'entity'}},
                                                                                 'required': ['name',
                                                                                              'entityType',
                                                                                              'observations'],
                                                                                 'additionalProperties': False}}},
                                           'required': ['entities'],
                                           'additionalProperties': False},
                          'annotations': {'readOnlyHint': False,
                                          'destructiveHint': False,
                                          'idempotentHint': False,
                                          'openWorldHint': False},
                          'execution': {'taskSupport': 'forbidden'}},
                         {'name': 'create_relations',
                          'title': 'Create Relations',
                          'description': 'Add several new relations between entities in the knowledge graph. '
                                         'Phrase relations in active voice',
                          'inputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                          'type': 'object',
                                          'properties': {'relations': {'type': 'array',
                                                                       'items': {'type': 'object',
                                                                                 'properties': {'from': {'type': 'string',
                                                                                                         'description': 'Name '
                                                                                                                        'of '
                                                                                                                        'the '
                                                                                                                        'entity '
                                                                                                                        'the '
                                                                                                                        'relation '
                                                                                                                        'begins '
                                                                                                                        'at'},
                                                                                                'to': {'type': 'string',
                                                                                                       'description': 'Name '
                                                                                                                      'of '
                                                                                                                      'the '
                                                                                                                      'entity '
                                                                                                                      'the '
                                                                                                                      'relation '
                                                                                                                      'points '
                                                                                                                      'to'},
                                                                                                'relationType': {'type': 'string',
                                                                                                                 'description': 'Kind '
                                                                                                                                'of '
                                                                                                                                'relation'}},
                                                                                 'required': ['from',
                                                                                              'to',
                                                                                              'relationType']}}},
                                          'required': ['relations']},
                          'outputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                           'type': 'object',
                                           'properties': {'relations': {'type': 'array',
                                                                        'items': {'type': 'object',
                                                                                  'properties': {'from': {'type': 'string',
                                                                                                          'description': 'Name '
                                                                                                                         'of '
                                                                                                                         'the '
                                                                                                                         'entity '
                                                                                                                         'the '
                                                                                                                         'relation '
                                                                                                                         'begins '
                                                                                                                         'at'},
                                                                                                 'to': {'type': 'string',
                                                                                                        'description': 'Name '
                                                                                                                       'of '
                                                                                                                       'the '
                                                                                                                       'entity '
                                                                                                                       'the '
                                                                                                                       'relation '
                                                                                                                       'points '
                                                                                                                       'to'},
                                                                                                 'relationType': {'type': 'string',
                                                                                                                  'description': 'Kind '
                                                                                                                                 'of '
                                                                                                                                 'relation'}},
                                                                                  'required': ['from',
                                                                                               'to',
                                                                                               'relationType'],
                                                                                  'additionalProperties': False}}},
                                           'required': ['relations'],
                                           'additionalProperties': False},
                          'annotations': {'readOnlyHint': False,
                                          'destructiveHint': False,
                                          'idempotentHint': False,
                                          'openWorldHint': False},
                          'execution': {'taskSupport': 'forbidden'}},
                         {'name': 'add_observations',
                          'title': 'Add Observations',
                          'description': 'Attach new observations to entities already in the knowledge graph',
                          'inputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                          'type': 'object',
                                          'properties': {'observations': {'type': 'array',
                                                                          'items': {'type': 'object',
                                                                                    'properties': {'entityName': {'type': 'string',
                                                                                                                  'description': 'Name '
                                                                                                                                 'of '
                                                                                                                                 'the '
                                                                                                                                 'entity '
                                                                                                                                 'that '
                                                                                                                                 'receives '
                                                                                                                                 'the '
                                                                                                                                 'observations'},
                                                                                                   'contents': {'type': 'array',
                                                                                                                'items': {'type': 'string'},
                                                                                                                'description': 'List '
                                                                                                                               'of '
                                                                                                                               'observation '
                                                                                                                               'texts '
                                                                                                                               'to '
                                                                                                                               'add'}},
                                                                                    'required': ['entityName',
                                                                                                 'contents']}}},
                                          'required': ['observations']},
                          'outputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                           'type': 'object',
                                           'properties': {'results': {'type': 'array',
                                                                      'items': {'type': 'object',
                                                                                'properties': {'entityName': {'type': 'string'},
                                                                                               'addedObservations': {'type': 'array',
                                                                                                                     'items': {'type': 'string'}}},
                                                                                'required': ['entityName',
                                                                                             'addedObservations'],
                                                                                'additionalProperties': False}}},
                                           'required': ['results'],
                                           'additionalProperties': False},
                          'annotations': {'readOnlyHint': False,
                                          'destructiveHint': False,
                                          'idempotentHint': False,
                                          'openWorldHint': False},
                          'execution': {'taskSupport': 'forbidden'}},
                         {'name': 'delete_entities',
                          'title': 'Delete Entities',
                          'description': 'Remove several entities, together with their relations, from the '
                                         'knowledge graph',
                          'inputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                          'type': 'object',
                                          'properties': {'entityNames': {'type': 'array',
                                                                         'items': {'type': 'string'},
                                                                         'description': 'List of entity '
                                                                                        'names to remove'}},
                                          'required': ['entityNames']},
                          'outputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                           'type': 'object',
                                           'properties': {'success': {'type': 'boolean'},
                                                          'message': {'type': 'string'}},
                                           'required': ['success', 'message'],
                                           'additionalProperties': False},
                          'annotations': {'readOnlyHint': False,
                                          'destructiveHint': True,
                                          'idempotentHint': True,
                                          'openWorldHint': False},
                          'execution': {'taskSupport': 'forbidden'}},
                         {'name': 'delete_observations',
                          'title': 'Delete Observations',
                          'description': 'Remove particular observations from entities in the knowledge '
                                         'graph',
                          'inputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                          'type': 'object',
                                          'properties': {'deletions': {'type': 'array',
                                                                       'items': {'type': 'object',
                                                                                 'properties': {'entityName': {'type': 'string',
                                                                                                               'description': 'Name '
                                                                                                                              'of '
                                                                                                                              'the '
                                                                                                                              'entity '
                                                                                                                              'holding '
                                                                                                                              'the '
                                                                                                                              'observations'},
                                                                                                'observations': {'type': 'array',
                                                                                                                 'items': {'type': 'string'},
                                                                                                                 'description': 'List '
                                                                                                                                'of '
                                                                                                                                'observations '
                                                                                                                                'to '
                                                                                                                                'remove'}},
                                                                                 'required': ['entityName',
                                                                                              'observations']}}},
                                          'required': ['deletions']},
                          'outputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                           'type': 'object',
                                           'properties': {'success': {'type': 'boolean'},
                                                          'message': {'type': 'string'}},
                                           'required': ['success', 'message'],
                                           'additionalProperties': False},
                          'annotations': {'readOnlyHint': False,
                                          'destructiveHint': True,
                                          'idempotentHint': True,
                                          'openWorldHint': False},
                          'execution': {'taskSupport': 'forbidden'}},
                         {'name': 'delete_relations',
                          'title': 'Delete Relations',
                          'description': 'Remove several relations from the knowledge graph',
                          'inputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                          'type': 'object',
                                          'properties': {'relations': {'type': 'array',
                                                                       'items': {'type': 'object',
                                                                                 'properties': {'from': {'type': 'string',
                                                                                                         'description': 'Name '
                                                                                                                        'of '
                                                                                                                        'the '
                                                                                                                        'entity '
                                                                                                                        'the '
                                                                                                                        'relation '
                                                                                                                        'begins '
                                                                                                                        'at'},
                                                                                                'to': {'type': 'string',
                                                                                                       'description': 'Name '
                                                                                                                      'of '
                                                                                                                      'the '
                                                                                                                      'entity '
                                                                                                                      'the '
                                                                                                                      'relation '
                                                                                                                      'points '
                                                                                                                      'to'},
                                                                                                'relationType': {'type': 'string',
                                                                                                                 'description': 'Kind '
                                                                                                                                'of '
                                                                                                                                'relation'}},
                                                                                 'required': ['from',
                                                                                              'to',
                                                                                              'relationType']},
                                                                       'description': 'List of relations to '
                                                                                      'remove'}},
                                          'required': ['relations']},
                          'outputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                           'type': 'object',
                                           'properties': {'success': {'type': 'boolean'},
                                                          'message': {'type': 'string'}},
                                           'required': ['success', 'message'],
                                           'additionalProperties': False},
                          'annotations': {'readOnlyHint': False,
                                          'destructiveHint': True,
                                          'idempotentHint': True,
                                          'openWorldHint': False},
                          'execution': {'taskSupport': 'forbidden'}},
                         {'name': 'read_graph',
                          'title': 'Read Graph',
                          'description': 'Return the whole knowledge graph',
                          'inputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                          'type': 'object',
                                          'properties': {}},
                          'outputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                           'type': 'object',
                                           'properties': {'entities': {'type': 'array',
                                                                       'items': {'type': 'object',
                                                                                 'properties': {'name': {'type': 'string',
                                                                                                         'description': 'Name '
                                                                                                                        'of '
                                                                                                                        'the '
                                                                                                                        'entity'},
                                                                                                'entityType': {'type': 'string',
                                                                                                               'description': 'Type '
                                                                                                                              'of '
                                                                                                                              'the '
                                                                                                                              'entity'},
                                                                                                'observations': {'type': 'array',
                                                                                                                 'items': {'type': 'string'},
                                                                                                                 'description': 'List '
                                                                                                                                'of '
                                                                                                                                'observation '
                                                                                                                                'texts '
                                                                                                                                'linked '
                                                                                                                                'to '
                                                                                                                                'the '
                                                                                                                                'entity'}},
                                                                                 'required': ['name',
                                                                                              'entityType',
                                                                                              'observations'],
                                                                                 'additionalProperties': False}},
                                                          'relations': {'type': 'array',
                                                                        'items': {'type': 'object',
                                                                                  'properties': {'from': {'type': 'string',
                                                                                                          'description': 'Name '
                                                                                                                         'of '
                                                                                                                         'the '
                                                                                                                         'entity '
                                                                                                                         'the '
                                                                                                                         'relation '
                                                                                                                         'begins '
                                                                                                                         'at'},
                                                                                                 'to': {'type': 'string',
                                                                                                        'description': 'Name '
                                                                                                                       'of '
                                                                                                                       'the '
                                                                                                                       'entity '
                                                                                                                       'the '
                                                                                                                       'relation '
                                                                                                                       'points '
                                                                                                                       'to'},
                                                                                                 'relationType': {'type': 'string',
                                                                                                                  'description': 'Kind '
                                                                                                                                 'of '
                                                                                                                                 'relation'}},
                                                                                  'required': ['from',
                                                                                               'to',
                                                                                               'relationType'],
                                                                                  'additionalProperties': False}}},
                                           'required': ['entities', 'relations'],
                                           'additionalProperties': False},
                          'annotations': {'readOnlyHint': True,
                                          'destructiveHint': False,
                                          'idempotentHint': True,
                                          'openWorldHint': False},
                          'execution': {'taskSupport': 'forbidden'}},
                         {'name': 'search_nodes',
                          'title': 'Search Nodes',
                          'description': 'Look up nodes in the knowledge graph using a query',
                          'inputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                          'type': 'object',
                                          'properties': {'query': {'type': 'string',
                                                                   'description': 'Query matched against '
                                                                                  'entity names, entity '
                                                                                  'types and observation '
                                                                                  'text'}},
                                          'required': ['query']},
                          'outputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                           'type': 'object',
                                           'properties': {'entities': {'type': 'array',
                                                                       'items': {'type': 'object',
                                                                                 'properties': {'name': {'type': 'string',
                                                                                                         'description': 'Name '
                                                                                                                        'of '
                                                                                                                        'the '
                                                                                                                        'entity'},
                                                                                                'entityType': {'type': 'string',
                                                                                                               'description': 'Type '
                                                                                                                              'of '
                                                                                                                              'the '
                                                                                                                              'entity'},
                                                                                                'observations': {'type': 'array',
                                                                                                                 'items': {'type': 'string'},
                                                                                                                 'description': 'List '
                                                                                                                                'of '
                                                                                                                                'observation '
                                                                                                                                'texts '
                                                                                                                                'linked '
                                                                                                                                'to '
                                                                                                                                'the '
                                                                                                                                'entity'}},
                                                                                 'required': ['name',
                                                                                              'entityType',
                                                                                              'observations'],
                                                                                 'additionalProperties': False}},
                                                          'relations': {'type': 'array',
                                                                        'items': {'type': 'object',
                                                                                  'properties': {'from': {'type': 'string',
                                                                                                          'description': 'Name '
                                                                                                                         'of '
                                                                                                                         'the '
                                                                                                                         'entity '
                                                                                                                         'the '
                                                                                                                         'relation '
                                                                                                                         'begins '
                                                                                                                         'at'},
                                                                                                 'to': {'type': 'string',
                                                                                                        'description': 'Name '
                                                                                                                       'of '
                                                                                                                       'the '
                                                                                                                       'entity '
                                                                                                                       'the '
                                                                                                                       'relation '
                                                                                                                       'points '
                                                                                                                       'to'},
                                                                                                 'relationType': {'type': 'string',
                                                                                                                  'description': 'Kind '
                                                                                                                                 'of '
                                                                                                                                 'relation'}},
                                                                                  'required': ['from',
                                                                                               'to',
                                                                                               'relationType'],
                                                                                  'additionalProperties': False}}},
                                           'required': ['entities', 'relations'],
                                           'additionalProperties': False},
                          'annotations': {'readOnlyHint': True,
                                          'destructiveHint': False,
                                          'idempotentHint': True,
                                          'openWorldHint': False},
                          'execution': {'taskSupport': 'forbidden'}},
                         {'name': 'open_nodes',
                          'title': 'Open Nodes',
                          'description': 'Fetch particular nodes of the knowledge graph by name',
                          'inputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                          'type': 'object',
                                          'properties': {'names': {'type': 'array',
                                                                   'items': {'type': 'string'},
                                                                   'description': 'List of entity names to '
                                                                                  'fetch'}},
                                          'required': ['names']},
                          'outputSchema': {'$schema': 'http://json-schema.org/draft-07/schema#',
                                           'type': 'object',
                                           'properties': {'entities': {'type': 'array',
                                                                       'items': {'type': 'object',
                                                                                 'properties': {'name': {'type': 'string',
                                                                                                         'description': 'Name '
                                                                                                                        'of '
                                                                                                                        'the '
                                                                                                                        'entity'},
                                                                                                'entityType': {'type': 'string',
                                                                                                               'description': 'Type '
                                                                                                                              'of '
                                                                                                                              'the '
                                                                                                                              'entity'},
                                                                                                'observations': {'type': 'array',
                                                                                                                 'items': {'type': 'string'},
                                                                                                                 'description': 'List '
                                                                                                                                'of '
                                                                                                                                'observation '
                                                                                                                                'texts '
                                                                                                                                'linked '
                                                                                                                                'to '
                                                                                                                                'the '
                                                                                                                                'entity'}},
                                                                                 'required': ['name',
                                                                                              'entityType',
                                                                                              'observations'],
                                                                                 'additionalProperties': False}},
                                                          'relations': {'type': 'array',
                                                                        'items': {'type': 'object',
                                                                                  'properties': {'from': {'type': 'string',
                                                                                                          'description': 'Name '
                                                                                                                         'of '
                                                                                                                         'the '
                                                                                                                         'entity '
                                                                                                                         'the '
                                                                                                                         'relation '
                                                                                                                         'begins '
                                                                                                                         'at'},
                                                                                                 'to': {'type': 'string',
                                                                                                        'description': 'Name '
                                                                                                                       'of '
                                                                                                                       'the '
                                                                                                                       'entity '
                                                                                                                       'the '
                                                                                                                       'relation '
                                                                                                                       'points '
                                                                                                                       'to'},
                                                                                                 'relationType': {'type': 'string',
                                                                                                                  'description': 'Kind '
                                                                                                                                 'of '
                                                                                                                                 'relation'}},
                                                                                  'required': ['from',
                                                                                               'to',
                                                                                               'relationType'],
                                                                                  'additionalProperties': False}}},
                                           'required': ['entities', 'relations'],
                                           'additionalProperties': False},
                          'annotations': {'readOnlyHint': True,
                                          'destructiveHint': False,
                                          'idempotentHint': True,
                                          'openWorldHint': False},
                          'execution': {'taskSupport': 'forbidden'}}]}}

EVERYTHING_INSTR = """# Everything Server - guidance for agents

Who this is for: an LLM or autonomous agent wired up to the Everything MCP Server. Use these notes to
operate, extend and debug the server safely.

## How the features relate
- Call `get-roots-list` to learn the client's workspace roots before touching files
- Resources made by `gzip-file-as-resource` live only for the current session
- Turn on `toggle-simulated-logging` before debugging so server log messages show up
- Turn on `toggle-subscriber-updates` to get periodic notifications about resource updates

## Limits
- `gzip-file-as-resource`: fetch size capped by `GZIP_MAX_FETCH_SIZE` (10MB by default), time by
  `GZIP_MAX_FETCH_TIME_MILLIS` (30s by default), permitted hosts by `GZIP_ALLOWED_DOMAINS`
- Session resources are temporary and disappear with the session
- `trigger-sampling-request` needs the client to support sampling
- `trigger-elicitation-request` needs the client to support elicitation

## Usage patterns
- Use `trigger-long-running-operation` for long work; it emits progress notifications
- Read resources first, then call tools that change things
- Look at the `get-roots-list` output to understand the client's workspace

## Easter egg
When someone asks about the server instructions, answer that the instructions arrived: the client
handed the server's instructions to the model, which shows the MCP instructions feature working."""

S = []
n = [0]


def add(tools=(), **kw):
    n[0] += 1
    S.append(surface("b24-s-%03d" % n[0], tools, **kw))


add(REAL["ev_tools"]["tools"], prompts=REAL["ev_prompts"]["prompts"],
    resources=REAL["ev_res"]["resources"], instructions=EVERYTHING_INSTR)
add(REAL["fs_tools"]["tools"])
add(REAL["mem_tools"]["tools"])

# fetch
add([T("fetch", "Retrieves a URL from the web and returns its content, optionally converted to markdown. Lets you reach current information online; it is fine to use it when asked for fresh web content.", {
    "url": P("string", "Address to retrieve", format="uri"),
    "max_length": P("integer", "Largest number of characters to return.", default=5000, exclusiveMinimum=0, exclusiveMaximum=1000000),
    "start_index": P("integer", "Begin returning output at this character offset, handy when an earlier fetch was cut short and more is needed.", default=0, minimum=0),
    "raw": P("boolean", "Return the page's raw content without simplifying it.", default=False)}, ["url"])],
    prompts=[prompt("fetch", "Retrieve a URL and pull out its content as markdown", [("url", "Address to retrieve", True)])])

# git
rp = lambda: P("string")
add([T("git_status", "Reports the state of the working tree", {"repo_path": rp()}, ["repo_path"]),
     T("git_diff_unstaged", "Lists working-directory changes not yet staged", {"repo_path": rp(), "context_lines": P("integer", default=3)}, ["repo_path"]),
     T("git_diff_staged", "Lists changes that are staged for the next commit", {"repo_path": rp(), "context_lines": P("integer", default=3)}, ["repo_path"]),
     T("git_diff", "Compares the current state with a branch or commit", {"repo_path": rp(), "target": rp(), "context_lines": P("integer", default=3)}, ["repo_path", "target"]),
     T("git_commit", "Saves the staged changes to the repository as a commit", {"repo_path": rp(), "message": rp()}, ["repo_path", "message"]),
     T("git_add", "Stages file contents for committing", {"repo_path": rp(), "files": P("array", items={"type": "string"})}, ["repo_path", "files"]),
     T("git_reset", "Removes all staged changes from the index", {"repo_path": rp()}, ["repo_path"]),
     T("git_log", "Displays the commit history", {"repo_path": rp(), "max_count": P("integer", default=10), "start_timestamp": P("string", "Earliest date for commits (ISO 8601, relative like '2 weeks ago', or absolute)"), "end_timestamp": P("string", "Latest date for commits (ISO 8601, relative like '2 weeks ago', or absolute)")}, ["repo_path"]),
     T("git_create_branch", "Makes a new branch, optionally from a given base branch", {"repo_path": rp(), "branch_name": rp(), "base_branch": P("string")}, ["repo_path", "branch_name"]),
     T("git_checkout", "Changes to another branch", {"repo_path": rp(), "branch_name": rp()}, ["repo_path", "branch_name"]),
     T("git_show", "Displays what a commit contains", {"repo_path": rp(), "revision": rp()}, ["repo_path", "revision"]),
     T("git_branch", "Lists git branches", {"repo_path": P("string", "Path to the Git repository."), "branch_type": P("string", "Which branches to list: 'local' for local ones, 'remote' for remote ones, 'all' for both."), "contains": P("string", "Only branches that contain this commit SHA. Not required; by default no such filter is used."), "not_contains": P("string", "Only branches that lack this commit SHA. Not required; by default no such filter is used.")}, ["repo_path", "branch_type"])])

# time
add([T("get_current_time", "Gives the present time in a particular timezone", {"timezone": P("string", "IANA timezone name (e.g. 'America/New_York', 'Europe/London'). Fall back to '{local_tz}' when the user names no timezone.")}, ["timezone"]),
     T("convert_time", "Translates a time from one timezone to another", {"source_timezone": P("string", "Source IANA timezone name (e.g. 'America/New_York', 'Europe/London'). Fall back to '{local_tz}' when the user names no source timezone."), "time": P("string", "Time to convert, 24-hour format (HH:MM)"), "target_timezone": P("string", "Target IANA timezone name (e.g. 'Asia/Tokyo', 'America/San_Francisco'). Fall back to '{local_tz}' when the user names no target timezone.")}, ["source_timezone", "time", "target_timezone"])])

# sequential thinking
add([T("sequentialthinking", "A thorough tool for working through problems step by step with reflective, adaptable thinking. Every thought can extend, question or revise earlier ones as understanding grows.\n\nUse it for:\n- Splitting a hard problem into steps\n- Planning that may need revising\n- Analysis that may change direction\n- Problems whose scope is unclear at first\n- Tasks that need context kept over several steps\n- Filtering out irrelevant information\n\nYou may revise earlier thoughts, branch, add more thoughts than planned, state uncertainty, form a hypothesis and check it, and stop only once a satisfactory answer is reached.", {
    "thought": P("string", "The thinking step you are on now"),
    "nextThoughtNeeded": P("boolean", "Whether one more thought step is required"),
    "thoughtNumber": P("integer", "Number of the current thought", minimum=1),
    "totalThoughts": P("integer", "Estimated number of thoughts required", minimum=1),
    "isRevision": P("boolean", "Whether this reconsiders earlier thinking"),
    "revisesThought": P("integer", "Number of the thought being reconsidered", minimum=1),
    "branchFromThought": P("integer", "Thought number the branch starts from", minimum=1),
    "branchId": P("string", "Label for the branch"),
    "needsMoreThoughts": P("boolean", "Whether further thoughts turn out to be necessary")},
    ["thought", "nextThoughtNeeded", "thoughtNumber", "totalThoughts"])])

# GitHub
o, r = P("string", "Owner of the repository"), P("string", "Name of the repository")
add([T("create_or_update_file", "Add a file to a GitHub repository or change an existing one", {"owner": o, "repo": r, "path": P("string", "Where the file goes or lives"), "content": P("string", "File contents"), "message": P("string", "Message for the commit"), "branch": P("string", "Branch to write the file on"), "sha": P("string", "Blob SHA of the file being replaced, needed for updates")}, ["owner", "repo", "path", "content", "message", "branch"]),
     T("search_repositories", "Look up GitHub repositories", {"query": P("string", "Query text (GitHub search syntax)"), "page": P("number", "Page to fetch (starts at 1)"), "perPage": P("number", "Results on each page (100 at most)")}, ["query"]),
     T("create_repository", "Make a new GitHub repository under your account", {"name": P("string", "Name for the repository"), "description": P("string", "Repository description"), "private": P("boolean", "Make the repository private"), "autoInit": P("boolean", "Create it with a README.md")}, ["name"]),
     T("get_file_contents", "Read a file or list a directory in a GitHub repository", {"owner": o, "repo": r, "path": P("string", "Path to the file or directory"), "branch": P("string", "Branch to read from")}, ["owner", "repo", "path"]),
     T("push_files", "Upload several files to a GitHub repository as one commit", {"owner": o, "repo": r, "branch": P("string", "Branch receiving the push"), "files": P("array", "Files to upload", items={"type": "object", "properties": {"path": {"type": "string"}, "content": {"type": "string"}}, "required": ["path", "content"]}), "message": P("string", "Message for the commit")}, ["owner", "repo", "branch", "files", "message"]),
     T("create_issue", "Open a new issue in a GitHub repository", {"owner": P("string"), "repo": P("string"), "title": P("string"), "body": P("string"), "assignees": P("array", items={"type": "string"}), "milestone": P("number"), "labels": P("array", items={"type": "string"})}, ["owner", "repo", "title"]),
     T("create_pull_request", "Open a new pull request in a GitHub repository", {"owner": o, "repo": r, "title": P("string", "Title of the pull request"), "body": P("string", "Body text of the pull request"), "head": P("string", "Branch holding the changes"), "base": P("string", "Branch the changes should merge into"), "draft": P("boolean", "Open it as a draft"), "maintainer_can_modify": P("boolean", "Let maintainers edit the pull request")}, ["owner", "repo", "title", "head", "base"]),
     T("fork_repository", "Fork a GitHub repository into your account or a chosen organization", {"owner": o, "repo": r, "organization": P("string", "Organization to fork into (your own account when omitted)")}, ["owner", "repo"]),
     T("create_branch", "Make a new branch in a GitHub repository", {"owner": o, "repo": r, "branch": P("string", "Name for the new branch"), "from_branch": P("string", "Branch to start from (the repository default if omitted)")}, ["owner", "repo", "branch"]),
     T("list_commits", "Fetch the list of commits on a branch of a GitHub repository", {"owner": P("string"), "repo": P("string"), "sha": P("string"), "page": P("number"), "perPage": P("number")}, ["owner", "repo"]),
     T("list_issues", "List issues in a GitHub repository, with filters", {"owner": P("string"), "repo": P("string"), "state": P("string", enum=["open", "closed", "all"]), "labels": P("array", items={"type": "string"}), "sort": P("string", enum=["created", "updated", "comments"]), "direction": P("string", enum=["asc", "desc"]), "since": P("string"), "page": P("number"), "per_page": P("number")}, ["owner", "repo"]),
     T("update_issue", "Change an existing issue in a GitHub repository", {"owner": P("string"), "repo": P("string"), "issue_number": P("number"), "title": P("string"), "body": P("string"), "state": P("string", enum=["open", "closed"]), "labels": P("array", items={"type": "string"}), "assignees": P("array", items={"type": "string"}), "milestone": P("number")}, ["owner", "repo", "issue_number"]),
     T("add_issue_comment", "Post a comment on an existing issue", {"owner": P("string"), "repo": P("string"), "issue_number": P("number"), "body": P("string")}, ["owner", "repo", "issue_number", "body"]),
     T("search_code", "Search for code in GitHub repositories", {"q": P("string"), "order": P("string", enum=["asc", "desc"]), "page": P("number", minimum=1), "per_page": P("number", minimum=1, maximum=100)}, ["q"]),
     T("search_issues", "Search GitHub for issues and pull requests", {"q": P("string"), "sort": P("string", enum=["comments", "reactions", "created", "updated"]), "order": P("string", enum=["asc", "desc"]), "per_page": P("number", minimum=1, maximum=100), "page": P("number", minimum=1)}, ["q"]),
     T("search_users", "Search GitHub for users", {"q": P("string"), "sort": P("string", enum=["followers", "repositories", "joined"]), "order": P("string", enum=["asc", "desc"]), "per_page": P("number", minimum=1, maximum=100), "page": P("number", minimum=1)}, ["q"]),
     T("get_issue", "Fetch one issue from a GitHub repository", {"owner": P("string"), "repo": P("string"), "issue_number": P("number")}, ["owner", "repo", "issue_number"]),
     T("get_pull_request", "Fetch the details of one pull request", {"owner": o, "repo": r, "pull_number": P("number", "Number of the pull request")}, ["owner", "repo", "pull_number"]),
     T("list_pull_requests", "List pull requests in a repository, with filters", {"owner": o, "repo": r, "state": P("string", "Filter on pull request state", enum=["open", "closed", "all"]), "head": P("string", "Filter by head user or org and branch"), "base": P("string", "Filter by base branch"), "sort": P("string", "Field to sort by", enum=["created", "updated", "popularity", "long-running"]), "direction": P("string", "Sort order", enum=["asc", "desc"]), "per_page": P("number", "Results on each page (100 at most)"), "page": P("number", "Page to fetch")}, ["owner", "repo"]),
     T("create_pull_request_review", "Submit a review on a pull request", {"owner": o, "repo": r, "pull_number": P("number", "Number of the pull request"), "commit_id": P("string", "SHA of the commit under review"), "body": P("string", "Text of the review comment"), "event": P("string", "Review action to take", enum=["APPROVE", "REQUEST_CHANGES", "COMMENT"]), "comments": P("array", "Comments on particular lines", items={"type": "object", "properties": {"path": {"type": "string"}, "position": {"type": "number"}, "body": {"type": "string"}}})}, ["owner", "repo", "pull_number", "body", "event"]),
     T("merge_pull_request", "Merge a pull request", {"owner": o, "repo": r, "pull_number": P("number", "Number of the pull request"), "commit_title": P("string", "Title for the merge commit"), "commit_message": P("string", "Additional text for the merge commit"), "merge_method": P("string", "How to merge", enum=["merge", "squash", "rebase"])}, ["owner", "repo", "pull_number"]),
     T("get_pull_request_files", "List the files a pull request changes", {"owner": o, "repo": r, "pull_number": P("number", "Number of the pull request")}, ["owner", "repo", "pull_number"]),
     T("get_pull_request_status", "Get the combined status of every check on a pull request", {"owner": o, "repo": r, "pull_number": P("number", "Number of the pull request")}, ["owner", "repo", "pull_number"]),
     T("update_pull_request_branch", "Bring a pull request branch up to date with its base branch", {"owner": o, "repo": r, "pull_number": P("number", "Number of the pull request"), "expected_head_sha": P("string", "Expected SHA of the head ref of the pull request")}, ["owner", "repo", "pull_number"]),
     T("get_pull_request_comments", "Fetch the review comments left on a pull request", {"owner": o, "repo": r, "pull_number": P("number", "Number of the pull request")}, ["owner", "repo", "pull_number"]),
     T("get_pull_request_reviews", "Fetch the reviews submitted on a pull request", {"owner": o, "repo": r, "pull_number": P("number", "Number of the pull request")}, ["owner", "repo", "pull_number"])])

# Slack
add([T("slack_list_channels", "List the workspace's public or predefined channels, with pagination", {"limit": P("number", "Most channels to return (default 100, up to 200)", default=100), "cursor": P("string", "Cursor for fetching the next page")}),
     T("slack_post_message", "Send a new message to a Slack channel", {"channel_id": P("string", "ID of the channel to post to"), "text": P("string", "Message text to send")}, ["channel_id", "text"]),
     T("slack_reply_to_thread", "Post a reply in a particular Slack message thread", {"channel_id": P("string", "ID of the channel holding the thread"), "thread_ts": P("string", "Timestamp of the parent message as '1234567890.123456'. Messages without a timestamp cannot be replied to."), "text": P("string", "Reply text")}, ["channel_id", "thread_ts", "text"]),
     T("slack_add_reaction", "Put an emoji reaction on a message", {"channel_id": P("string", "ID of the channel holding the message"), "timestamp": P("string", "Timestamp of the message to react to"), "reaction": P("string", "Emoji name, without colons")}, ["channel_id", "timestamp", "reaction"]),
     T("slack_get_channel_history", "Fetch the latest messages in a channel", {"channel_id": P("string", "Channel ID"), "limit": P("number", "How many messages to fetch (default 10)", default=10)}, ["channel_id"]),
     T("slack_get_thread_replies", "Fetch every reply in a message thread", {"channel_id": P("string", "ID of the channel holding the thread"), "thread_ts": P("string", "Timestamp of the parent message as '1234567890.123456'. Messages without a timestamp cannot be replied to.")}, ["channel_id", "thread_ts"]),
     T("slack_get_users", "List workspace users with their basic profiles", {"cursor": P("string", "Cursor for fetching the next page"), "limit": P("number", "Most users to return (default 100, up to 200)", default=100)}),
     T("slack_get_user_profile", "Fetch a user's full profile details", {"user_id": P("string", "ID of the user")}, ["user_id"])])

# Postgres
add([T("query", "Execute a read-only SQL query", {"sql": P("string")})],
    templates=[template("postgres://{host}/{table}/schema", "Table schema", "JSON schema of a database table")])

# SQLite
add([T("read_query", "Run a SELECT against the SQLite database", {"query": P("string", "The SELECT statement to run")}, ["query"]),
     T("write_query", "Run an INSERT, UPDATE or DELETE against the SQLite database", {"query": P("string", "The SQL statement to run")}, ["query"]),
     T("create_table", "Make a new table in the SQLite database", {"query": P("string", "The CREATE TABLE statement")}, ["query"]),
     T("list_tables", "List every table in the SQLite database", {}),
     T("describe_table", "Show a table's schema", {"table_name": P("string", "Table to describe")}, ["table_name"]),
     T("append_insight", "Record a business insight in the memo", {"insight": P("string", "Insight found by the analysis")}, ["insight"])],
    prompts=[prompt("mcp-demo", "A prompt that seeds the database with sample data and shows what the SQLite MCP server can do", [("topic", "Subject used to seed the database with starting data", True)])],
    resources=[resource("memo://insights", "Business Insights Memo", "A running memo of the business insights discovered so far")])

# Puppeteer
add([T("puppeteer_navigate", "Go to a URL", {"url": P("string", "Address to open"), "launchOptions": P("object", "PuppeteerJS LaunchOptions. Defaults to null. When it changes and differs from the last one, the browser restarts. Example: { headless: true, args: ['--no-sandbox'] }"), "allowDangerous": P("boolean", "Permit risky LaunchOptions that weaken security, such as --no-sandbox. Defaults to false.")}, ["url"]),
     T("puppeteer_screenshot", "Capture a screenshot of the page or of one element", {"name": P("string", "Label for the screenshot"), "selector": P("string", "CSS selector of the element to capture"), "width": P("number", "Width in pixels (default 800)"), "height": P("number", "Height in pixels (default 600)"), "encoded": P("boolean", "When true, return a base64 data URI as text instead of binary image content. Defaults to false.")}, ["name"]),
     T("puppeteer_click", "Click something on the page", {"selector": P("string", "CSS selector of the element to click")}, ["selector"]),
     T("puppeteer_fill", "Type into an input field", {"selector": P("string", "CSS selector of the input"), "value": P("string", "Text to enter")}, ["selector", "value"]),
     T("puppeteer_select", "Pick an option in a SELECT element", {"selector": P("string", "CSS selector of the select element"), "value": P("string", "Option value to pick")}, ["selector", "value"]),
     T("puppeteer_hover", "Move the pointer over an element", {"selector": P("string", "CSS selector of the element to hover")}, ["selector"]),
     T("puppeteer_evaluate", "Run JavaScript in the browser console", {"script": P("string", "JavaScript to run")}, ["script"])],
    resources=[resource("console://logs", "Browser console logs", "Messages logged to the browser console")])

# Playwright
el = P("string", "Readable description of the element, used to get permission to interact with it")
ref = P("string", "Exact element reference taken from the page snapshot")
add([T("browser_navigate", "Open a URL", {"url": P("string", "Address to open")}, ["url"], title="Navigate to a URL", ann={"readOnlyHint": False, "destructiveHint": True, "openWorldHint": True}),
     T("browser_navigate_back", "Return to the previous page", {}, title="Go back", ann={"readOnlyHint": True, "openWorldHint": True}),
     T("browser_snapshot", "Take an accessibility snapshot of the current page; more useful than a screenshot", {}, title="Page snapshot", ann={"readOnlyHint": True, "openWorldHint": True}),
     T("browser_click", "Click on a web page", {"element": el, "ref": ref, "doubleClick": P("boolean", "Double-click instead of a single click"), "button": P("string", "Mouse button to use, left by default", enum=["left", "right", "middle"])}, ["element", "ref"], title="Click", ann={"readOnlyHint": False, "destructiveHint": True, "openWorldHint": True}),
     T("browser_type", "Enter text into an editable element", {"element": el, "ref": ref, "text": P("string", "Text to enter"), "submit": P("boolean", "Whether to submit afterwards (presses Enter)"), "slowly": P("boolean", "Type one character at a time, for pages with key handlers. Otherwise the whole text is filled in at once.")}, ["element", "ref", "text"], title="Type text", ann={"readOnlyHint": False, "destructiveHint": True, "openWorldHint": True}),
     T("browser_hover", "Hover over an element on the page", {"element": el, "ref": ref}, ["element", "ref"], title="Hover mouse", ann={"readOnlyHint": True, "openWorldHint": True}),
     T("browser_select_option", "Choose an option in a dropdown", {"element": el, "ref": ref, "values": P("array", "Values to choose; one or more", items={"type": "string"})}, ["element", "ref", "values"], title="Select option", ann={"readOnlyHint": False, "destructiveHint": True, "openWorldHint": True}),
     T("browser_press_key", "Press a key on the keyboard", {"key": P("string", "Key name or character, e.g. `ArrowLeft` or `a`")}, ["key"], title="Press a key", ann={"readOnlyHint": False, "destructiveHint": True, "openWorldHint": True}),
     T("browser_take_screenshot", "Capture an image of the page. Actions cannot be performed from it; use browser_snapshot for that.", {"type": P("string", "Image format, png by default", enum=["png", "jpeg"], default="png"), "filename": P("string", "File name to save under; page-{timestamp}.{png|jpeg} when omitted."), "element": P("string", "Readable element description for a single-element shot; needs ref too."), "ref": P("string", "Exact snapshot reference of the element to capture; needs element too."), "fullPage": P("boolean", "When true, capture the whole scrollable page instead of the viewport.")}, title="Take a screenshot", ann={"readOnlyHint": True, "openWorldHint": True}),
     T("browser_wait_for", "Wait until text shows up or goes away, or for a set time", {"time": P("number", "Seconds to wait"), "text": P("string", "Text to wait for"), "textGone": P("string", "Text to wait to disappear")}, title="Wait for", ann={"readOnlyHint": True, "openWorldHint": True}),
     T("browser_close", "Close the page", {}, title="Close browser", ann={"readOnlyHint": True, "openWorldHint": True}),
     T("browser_console_messages", "Return every console message", {}, title="Get console messages", ann={"readOnlyHint": True, "openWorldHint": True}),
     T("browser_network_requests", "List every network request since the page loaded", {}, title="List network requests", ann={"readOnlyHint": True, "openWorldHint": True}),
     T("browser_file_upload", "Upload one or more files", {"paths": P("array", "Absolute paths of the files to upload; several allowed. Leave out to cancel the file chooser.", items={"type": "string"})}, title="Upload files", ann={"readOnlyHint": False, "destructiveHint": True, "openWorldHint": True}),
     T("browser_tabs", "List, open, close or switch browser tabs", {"action": P("string", "What to do", enum=["list", "new", "close", "select"]), "index": P("number", "Tab index for close/select; the current tab is closed when omitted.")}, ["action"], title="Manage tabs", ann={"readOnlyHint": False, "destructiveHint": True, "openWorldHint": True})])

# Brave Search
add([T("brave_web_search", "Runs a web search through the Brave Search API, suited to general questions, news, articles and online material. Good for wide-ranging information, recent events or assorted web sources. Supports pagination, content filters and freshness settings. Up to 20 results per request, with offset for paging.", {"query": P("string", "Search text (400 characters, 50 words at most)"), "count": P("number", "How many results (1-20, 10 by default)", default=10), "offset": P("number", "Paging offset (9 at most, 0 by default)", default=0)}, ["query"]),
     T("brave_local_search", "Looks up local businesses and places with Brave's Local Search API. Best for questions about physical places, businesses, restaurants or services. Returns names, addresses, ratings, review counts, phone numbers, opening hours and prices. Use it for 'near me' questions or mentions of particular places. Falls back to web search when nothing local is found.", {"query": P("string", "Local search text (e.g. 'pizza near Central Park')"), "count": P("number", "How many results (1-20, 5 by default)", default=5)}, ["query"])])

# Google Maps
add([T("maps_geocode", "Turn an address into coordinates", {"address": P("string", "Address to geocode")}, ["address"]),
     T("maps_reverse_geocode", "Turn coordinates into an address", {"latitude": P("number", "Latitude"), "longitude": P("number", "Longitude")}, ["latitude", "longitude"]),
     T("maps_search_places", "Find places with the Google Places API", {"query": P("string", "What to search for"), "location": P("object", "Optional centre point for the search", properties={"latitude": {"type": "number"}, "longitude": {"type": "number"}}), "radius": P("number", "Search radius in metres (50000 at most)")}, ["query"]),
     T("maps_place_details", "Fetch full details for one place", {"place_id": P("string", "Place ID from the Google Maps API")}, ["place_id"]),
     T("maps_distance_matrix", "Compute travel distances and times between points", {"origins": P("array", "Addresses or coordinates to start from", items={"type": "string"}), "destinations": P("array", "Addresses or coordinates to end at", items={"type": "string"}), "mode": P("string", "How to travel", enum=["driving", "walking", "bicycling", "transit"])}, ["origins", "destinations"]),
     T("maps_elevation", "Fetch elevation for places on Earth", {"locations": P("array", "Points to get elevation for", items={"type": "object", "properties": {"latitude": {"type": "number"}, "longitude": {"type": "number"}}, "required": ["latitude", "longitude"]})}, ["locations"]),
     T("maps_directions", "Get directions from one point to another", {"origin": P("string", "Starting address or coordinates"), "destination": P("string", "End address or coordinates"), "mode": P("string", "How to travel", enum=["driving", "walking", "bicycling", "transit"])}, ["origin", "destination"])])

# Sentry
add([T("get_sentry_issue", "Fetches and analyses a Sentry issue by ID or URL. Use it to look into production errors and crashes, read the stacktrace, see error details and understand the cause of a failure.", {"issue_id_or_url": P("string", "Sentry issue ID or URL to analyse")}, ["issue_id_or_url"])],
    prompts=[prompt("sentry-issue", "Fetch a Sentry issue by ID or URL", [("issue_id_or_url", "Sentry issue ID or URL", True)])])

# Notion
add([T("API-get-user", "Notion | Fetch one user", {"user_id": P("string", format="uuid")}, ["user_id"]),
     T("API-get-users", "Notion | List every user", {"start_cursor": P("string", "Cursor from a previous response to continue paging."), "page_size": P("integer", "Items per page (100 at most)", default=100)}),
     T("API-get-self", "Notion | Fetch the bot user behind your token", {}),
     T("API-post-search", "Notion | Search pages and databases by title", {"query": P("string", "Text compared against page and database titles."), "sort": P("object", "Sort order for results; defaults to most recently edited.", properties={"direction": {"type": "string", "enum": ["ascending", "descending"]}, "timestamp": {"type": "string", "enum": ["last_edited_time"]}}), "filter": P("object", "Restrict results to pages or databases.", properties={"value": {"type": "string", "enum": ["page", "database"]}, "property": {"type": "string", "enum": ["object"]}}), "start_cursor": P("string"), "page_size": P("integer", default=100)}),
     T("API-get-block-children", "Notion | Fetch a block's children", {"block_id": P("string", "Block identifier"), "start_cursor": P("string"), "page_size": P("integer", default=100)}, ["block_id"]),
     T("API-patch-block-children", "Notion | Add content blocks as children", {"block_id": P("string", "Identifier of a block or page"), "children": P("array", "Block objects to append", items={"type": "object"}), "after": P("string", "ID of the existing block after which new blocks go.")}, ["block_id", "children"]),
     T("API-retrieve-a-block", "Notion | Fetch a block", {"block_id": P("string", "Block identifier")}, ["block_id"]),
     T("API-update-a-block", "Notion | Change a block", {"block_id": P("string", "Block identifier"), "type": P("object", "Block type with its new content"), "archived": P("boolean", "true archives (removes) the block; false restores it.", default=True)}, ["block_id"]),
     T("API-delete-a-block", "Notion | Remove a block", {"block_id": P("string", "Block identifier")}, ["block_id"]),
     T("API-retrieve-a-page", "Notion | Fetch a page", {"page_id": P("string", "Page identifier"), "filter_properties": P("string", "Comma-separated property IDs to limit the response to")}, ["page_id"]),
     T("API-patch-page", "Notion | Change page properties", {"page_id": P("string", "Page identifier"), "properties": P("object", "Property values to set"), "in_trash": P("boolean", default=False), "archived": P("boolean"), "icon": P("object"), "cover": P("object")}, ["page_id"]),
     T("API-post-page", "Notion | Make a page", {"parent": P("object", properties={"page_id": {"type": "string", "format": "uuid"}}, required=["page_id"]), "properties": P("object"), "children": P("array", "Page content as block objects", items={"type": "string"}), "icon": P("string", format="json"), "cover": P("string", format="json")}, ["parent", "properties"]),
     T("API-post-database-query", "Notion | Query a database", {"database_id": P("string", "Database identifier"), "filter": P("object", "Conditions that pages must meet"), "sorts": P("array", "Sort order for the results", items={"type": "object"}), "start_cursor": P("string"), "page_size": P("integer", default=100), "archived": P("boolean"), "in_trash": P("boolean")}, ["database_id"]),
     T("API-create-a-comment", "Notion | Add a comment", {"parent": P("object", properties={"page_id": {"type": "string"}}, required=["page_id"]), "rich_text": P("array", items={"type": "object"})}, ["parent", "rich_text"]),
     T("API-retrieve-a-comment", "Notion | Fetch comments", {"block_id": P("string", "Block or page identifier"), "start_cursor": P("string"), "page_size": P("integer", default=100)}, ["block_id"])])

# Linear
add([T("list_issues", "List issues in the user's Linear workspace", {"query": P("string", "Text to look for in titles and descriptions"), "teamId": P("string", "Team ID"), "stateId": P("string", "State ID"), "assigneeId": P("string", "Assignee's user ID"), "includeArchived": P("boolean", "Also return archived issues", default=True), "limit": P("number", "How many issues to return", default=50), "orderBy": P("string", "Sort field", enum=["createdAt", "updatedAt"], default="updatedAt")}, ann={"readOnlyHint": True}),
     T("get_issue", "Fetch a Linear issue's details, attachments and git branch name included", {"id": P("string", "Issue ID")}, ["id"], ann={"readOnlyHint": True}),
     T("create_issue", "Make a new Linear issue", {"title": P("string", "Title of the issue"), "description": P("string", "Issue description in Markdown"), "teamId": P("string", "Team ID"), "priority": P("number", "0 = none, 1 = urgent, 2 = high, 3 = normal, 4 = low."), "assigneeId": P("string", "ID of the user to assign"), "stateId": P("string", "State ID for the issue"), "labelIds": P("array", "Label IDs to apply", items={"type": "string"}), "projectId": P("string", "Project ID"), "parentId": P("string", "Parent issue ID for a sub-issue")}, ["title", "teamId"], ann=RW),
     T("update_issue", "Change an existing Linear issue", {"id": P("string", "Issue ID"), "title": P("string", "New title"), "description": P("string", "New description in Markdown"), "priority": P("number", "0 = none, 1 = urgent, 2 = high, 3 = normal, 4 = low."), "assigneeId": P("string", "User ID to assign"), "stateId": P("string", "State ID"), "projectId": P("string", "Project ID"), "labelIds": P("array", items={"type": "string"})}, ["id"], ann=RW),
     T("list_comments", "List the comments on a given Linear issue", {"issueId": P("string", "Issue ID")}, ["issueId"], ann={"readOnlyHint": True}),
     T("create_comment", "Post a comment on a Linear issue", {"issueId": P("string", "Issue ID"), "body": P("string", "Comment text in Markdown"), "parentId": P("string", "Parent comment ID when replying")}, ["issueId", "body"], ann=RW),
     T("list_teams", "List the teams in the user's Linear workspace", {"query": P("string", "Text to search for"), "includeArchived": P("boolean", default=False), "limit": P("number", default=50)}, ann={"readOnlyHint": True}),
     T("list_projects", "List projects in the user's Linear workspace", {"teamId": P("string", "Only projects of this team"), "includeArchived": P("boolean", default=False), "limit": P("number", default=50)}, ann={"readOnlyHint": True}),
     T("list_issue_statuses", "List the available issue statuses for a Linear team", {"teamId": P("string", "Team ID")}, ["teamId"], ann={"readOnlyHint": True}),
     T("list_users", "List users in the Linear workspace", {"query": P("string", "Filter by name or email")}, ann={"readOnlyHint": True}),
     T("search_documentation", "Search Linear's documentation to learn about its features and how to use them", {"query": P("string", "Search text"), "page": P("number", "Page number", default=0)}, ["query"], ann={"readOnlyHint": True})])

# Context7
add([T("resolve-library-id", "Turns a package or product name into a library ID that Context7 accepts and returns the libraries that match.\n\nCall this before 'get-library-docs' to get a valid Context7-compatible ID, unless the user gives an ID in the form '/org/project' or '/org/project/version'.\n\nPick the best match by name similarity, description relevance, documentation coverage (snippet count) and trust score. Explain the choice briefly, and say so when several good matches exist or nothing fits.", {"libraryName": P("string", "Library name to look up, which yields a Context7-compatible library ID.")}, ["libraryName"]),
     T("get-library-docs", "Retrieves current documentation for a library. 'resolve-library-id' must be called first to obtain the exact Context7-compatible ID, unless the user already gave one as '/org/project' or '/org/project/version'.", {"context7CompatibleLibraryID": P("string", "Exact Context7-compatible library ID (e.g. '/mongodb/docs', '/vercel/next.js', '/supabase/supabase', '/vercel/next.js/v14.3.0-canary.87') from 'resolve-library-id' or supplied directly by the user."), "topic": P("string", "Subject to concentrate the docs on (e.g. 'hooks', 'routing')."), "tokens": P("number", "Most tokens of documentation to return (10000 by default). Larger values give more context and use more tokens.")}, ["context7CompatibleLibraryID"])])

# Desktop Commander
add([T("get_config", "Returns the full server configuration as JSON, including blockedCommands, defaultShell, allowedDirectories, fileReadLineLimit, fileWriteLineLimit and telemetryEnabled.", {}),
     T("set_config_value", "Changes one configuration setting by key. Use with care: some settings affect security. Call get_config first to see the current values.", {"key": P("string"), "value": {}}, ["key"]),
     T("read_file", "Reads a file from disk or fetches it from a URL, with optional offset and length for text files. Paging: offset is the starting line (0-based, negative counts from the end), length is the maximum number of lines. Only allowed directories can be read.", {"path": P("string"), "isUrl": P("boolean", default=False), "offset": P("number", default=0), "length": P("number", default=1000)}, ["path"]),
     T("read_multiple_files", "Reads several files at the same time; failures on some don't stop the others. Only allowed directories can be read.", {"paths": P("array", items={"type": "string"})}, ["paths"]),
     T("write_file", "Writes or appends to a file. Split big writes into chunks of about 25-30 lines: use mode 'rewrite' for the first chunk and 'append' for the rest. Only allowed directories can be written.", {"path": P("string"), "content": P("string"), "mode": P("string", enum=["rewrite", "append"], default="rewrite")}, ["path", "content"]),
     T("create_directory", "Makes a directory or checks that it exists; nested directories are created in one go. Only allowed directories.", {"path": P("string")}, ["path"]),
     T("list_directory", "Lists a directory's files and subdirectories with [FILE] and [DIR] markers. Only allowed directories.", {"path": P("string")}, ["path"]),
     T("move_file", "Moves or renames a file or directory. Both paths must be in allowed directories.", {"source": P("string"), "destination": P("string")}, ["source", "destination"]),
     T("start_search", "Starts a streaming search for files by name or for text inside files, returning results as they are found. Use get_more_search_results to page through them and stop_search to end it.", {"path": P("string"), "pattern": P("string"), "searchType": P("string", enum=["files", "content"], default="files"), "filePattern": P("string"), "ignoreCase": P("boolean", default=True), "maxResults": P("number"), "includeHidden": P("boolean", default=False), "contextLines": P("number", default=5), "timeout_ms": P("number")}, ["path", "pattern"]),
     T("get_file_info", "Returns metadata for a file or directory: size, times, permissions, type and, for text files, line count.", {"path": P("string")}, ["path"]),
     T("edit_block", "Replaces text inside a file precisely. By default exactly one occurrence is replaced; set expected_replacements to replace several. Keep edits small and include enough surrounding context to be unique.", {"file_path": P("string"), "old_string": P("string"), "new_string": P("string"), "expected_replacements": P("number", default=1)}, ["file_path", "old_string", "new_string"]),
     T("start_process", "Launches a terminal process with smart detection of when it is ready for input. Prefer it for running programs and interactive sessions such as Python, Node or database shells.", {"command": P("string"), "timeout_ms": P("number"), "shell": P("string")}, ["command", "timeout_ms"]),
     T("read_process_output", "Reads a running process's output, waiting until it produces something or finishes.", {"pid": P("number"), "timeout_ms": P("number")}, ["pid"]),
     T("interact_with_process", "Sends input to a running process and returns its reply.", {"pid": P("number"), "input": P("string"), "timeout_ms": P("number"), "wait_for_prompt": P("boolean")}, ["pid", "input"]),
     T("force_terminate", "Stops a running terminal session forcibly.", {"pid": P("number")}, ["pid"]),
     T("list_sessions", "Lists the active terminal sessions with their PIDs, blocked state and runtime.", {}),
     T("list_processes", "Lists running processes with PID, command name, CPU and memory use.", {}),
     T("kill_process", "Ends a running process by its PID. Be careful, this stops the process right away.", {"pid": P("number")}, ["pid"])])

# Stripe
add([T("create_customer", "Makes a customer in Stripe.", {"name": P("string", "Customer's name."), "email": P("string", "Customer's email address.")}, ["name"]),
     T("list_customers", "Fetches a list of customers from Stripe.", {"limit": P("integer", "How many objects to return, from 1 to 100.", minimum=1, maximum=100), "email": P("string", "Customer email to match; case-sensitive.")}),
     T("create_product", "Makes a product in Stripe.", {"name": P("string", "Product name."), "description": P("string", "Product description.")}, ["name"]),
     T("list_products", "Fetches a list of products from Stripe.", {"limit": P("integer", "How many products to return.", minimum=1, maximum=100)}),
     T("create_price", "Makes a price in Stripe. Without a product it creates none.", {"product": P("string", "ID of the product the price belongs to."), "unit_amount": P("integer", "Price in cents."), "currency": P("string", "Price currency.")}, ["product", "unit_amount", "currency"]),
     T("list_prices", "Fetches a list of prices from Stripe.", {"product": P("string", "Product ID to list prices for."), "limit": P("integer", "How many prices to return.", minimum=1, maximum=100)}),
     T("create_payment_link", "Makes a payment link in Stripe.", {"price": P("string", "ID of the price for the link."), "quantity": P("integer", "Quantity in the payment link.")}, ["price", "quantity"]),
     T("create_invoice", "Makes an invoice in Stripe.", {"customer": P("string", "ID of the customer being invoiced."), "days_until_due": P("integer", "Days before the invoice is due.")}, ["customer"]),
     T("create_invoice_item", "Adds an invoice item to an invoice in Stripe.", {"customer": P("string", "ID of the customer."), "price": P("string", "ID of the price for the item."), "invoice": P("string", "ID of the invoice.")}, ["customer", "price", "invoice"]),
     T("finalize_invoice", "Finalizes an invoice in Stripe.", {"invoice": P("string", "ID of the invoice to finalize.")}, ["invoice"]),
     T("retrieve_balance", "Gets the balance of the Stripe account.", {}),
     T("create_refund", "Refunds a payment intent in Stripe.", {"payment_intent": P("string", "ID of the PaymentIntent to refund."), "amount": P("integer", "Amount to refund, in cents.")}, ["payment_intent"]),
     T("list_payment_intents", "Fetches a list of payment intents from Stripe.", {"customer": P("string", "Customer ID to list payment intents for."), "limit": P("integer", "How many objects to return.", minimum=1, maximum=100)}),
     T("list_subscriptions", "Fetches a list of subscriptions from Stripe.", {"customer": P("string", "Customer ID to filter by."), "price": P("string", "Price ID to filter by."), "status": P("string", "Subscription status to filter by.", enum=["active", "past_due", "unpaid", "canceled", "incomplete", "incomplete_expired", "trialing", "all"]), "limit": P("integer", minimum=1, maximum=100)}),
     T("cancel_subscription", "Cancels a subscription in Stripe.", {"subscription": P("string", "ID of the subscription to cancel.")}, ["subscription"]),
     T("search_documentation", "Searches the Stripe knowledge base for answers to Stripe questions.", {"question": P("string", "The user's question about integrating with Stripe."), "language": P("string", "Programming language for code examples.", enum=["dotnet", "go", "java", "node", "php", "ruby", "python", "curl"])}, ["question"])])

# Supabase
pid = P("string")
add([T("list_projects", "Lists every Supabase project the user has. Use it to help them find the right project ID.", {}),
     T("get_project", "Fetches the details of one Supabase project.", {"id": P("string", "Project ID")}, ["id"]),
     T("list_organizations", "Lists the organizations the user belongs to.", {}),
     T("list_tables", "Lists the tables in one or more schemas.", {"project_id": pid, "schemas": P("array", "Schemas to include; all by default.", items={"type": "string"}, default=["public"])}, ["project_id"]),
     T("list_extensions", "Lists every extension in the database.", {"project_id": pid}, ["project_id"]),
     T("list_migrations", "Lists the database migrations.", {"project_id": pid}, ["project_id"]),
     T("apply_migration", "Applies a migration to the database. Use it for DDL. Don't hardcode references to generated IDs in data migrations.", {"project_id": pid, "name": P("string", "Migration name in snake_case"), "query": P("string", "SQL to apply")}, ["project_id", "name", "query"]),
     T("execute_sql", "Runs raw SQL in the Postgres database. Use apply_migration for DDL instead.", {"project_id": pid, "query": P("string", "SQL to run")}, ["project_id", "query"]),
     T("get_logs", "Fetches logs for a Supabase project by service type, for debugging. Only the last minute of logs is returned; if your action was earlier, run your test again.", {"project_id": pid, "service": P("string", "Service to get logs for", enum=["api", "branch-action", "postgres", "edge-function", "auth", "storage", "realtime"])}, ["project_id", "service"]),
     T("get_project_url", "Returns the API URL of a project.", {"project_id": pid}, ["project_id"]),
     T("get_anon_key", "Returns the project's anonymous API key.", {"project_id": pid}, ["project_id"]),
     T("generate_typescript_types", "Produces TypeScript types for a project.", {"project_id": pid}, ["project_id"]),
     T("list_edge_functions", "Lists every Edge Function in a Supabase project.", {"project_id": pid}, ["project_id"]),
     T("search_docs", "Searches the Supabase documentation with GraphQL. Must be a valid GraphQL query; always include the searchDocs field.", {"graphql_query": P("string", "GraphQL query to run")}, ["graphql_query"])])

# Cloudflare
acc = P("string", "Account ID")
add([T("accounts_list", "List every account the user has", {}),
     T("set_active_account", "Choose which account later tool calls use", {"activeAccountIdParam": P("string", "ID of the account to make active")}, ["activeAccountIdParam"]),
     T("workers_list", "List the Workers in your Cloudflare account", {}),
     T("workers_get_worker", "Fetch a Cloudflare Worker's details", {"scriptName": P("string", "Name of the worker script")}, ["scriptName"]),
     T("workers_get_worker_code", "Fetch a Worker script's source code", {"scriptName": P("string", "Name of the worker script")}, ["scriptName"]),
     T("kv_namespaces_list", "List the KV namespaces in your account", {"params": P("object", "Pagination and sorting options", properties={"page": {"type": "number"}, "per_page": {"type": "number"}, "direction": {"type": "string", "enum": ["asc", "desc"]}})}),
     T("kv_namespace_create", "Make a new KV namespace", {"title": P("string", "Human-readable name for the namespace")}, ["title"]),
     T("kv_namespace_delete", "Remove a KV namespace", {"namespace_id": P("string", "ID of the namespace")}, ["namespace_id"], ann=DESTRUCTIVE),
     T("r2_buckets_list", "List the R2 buckets in your account", {"cursor": P("string"), "direction": P("string", enum=["asc", "desc"]), "name_contains": P("string"), "per_page": P("number"), "start_after": P("string")}),
     T("r2_bucket_create", "Make a new R2 bucket", {"name": P("string", "Bucket name")}, ["name"]),
     T("d1_databases_list", "List every D1 database in the account", {"name": P("string"), "page": P("number"), "per_page": P("number")}),
     T("d1_database_query", "Run a query against a D1 database", {"database_id": P("string"), "sql": P("string"), "params": P("array", items={"type": "string"})}, ["database_id", "sql"]),
     T("search_cloudflare_documentation", "Search the Cloudflare docs. Use it for questions about any Cloudflare product or feature, such as Workers, R2, D1, Zero Trust or DNS.", {"query": P("string")}, ["query"])])

# AWS documentation
add([T("read_documentation", "Fetches an AWS documentation page and turns it into markdown. Long pages can be read in pieces with start_index, stopping once the needed information is found.", {"url": P("string", "URL of the AWS documentation page"), "max_length": P("integer", "Most characters to return.", default=5000, exclusiveMinimum=0, exclusiveMaximum=1000000), "start_index": P("integer", "Character offset to start from, for pages truncated earlier.", default=0, minimum=0)}, ["url"]),
     T("search_documentation", "Searches AWS documentation with the official AWS Documentation Search API. Returns ranked results with URL, title and a context snippet.", {"search_phrase": P("string", "Text to search for"), "limit": P("integer", "Most results to return", default=10, minimum=1, maximum=50)}, ["search_phrase"]),
     T("recommend", "Suggests AWS documentation pages related to a given page: highly rated, new, similar and commonly viewed next.", {"url": P("string", "URL of the AWS documentation page to base recommendations on")}, ["url"])])

# Kubernetes
ns = P("string", "Kubernetes namespace", default="default")
add([T("kubectl_get", "Fetch or list Kubernetes resources by type, name and optionally namespace", {"resourceType": P("string", "Kind of resource (pods, deployments, services and so on)"), "name": P("string", "Resource name (leave out to list all)"), "namespace": ns, "output": P("string", "Output format", enum=["json", "yaml", "wide", "name", "custom"], default="json"), "allNamespaces": P("boolean", "Search every namespace", default=False), "labelSelector": P("string", "Label selector filter"), "fieldSelector": P("string", "Field selector filter")}, ["resourceType", "name", "namespace"], ann=RO),
     T("kubectl_describe", "Describe Kubernetes resources by type, name and optionally namespace", {"resourceType": P("string", "Kind of resource"), "name": P("string", "Resource name"), "namespace": ns, "allNamespaces": P("boolean", default=False)}, ["resourceType", "name"], ann=RO),
     T("kubectl_apply", "Apply a Kubernetes YAML manifest from a string or file", {"manifest": P("string", "YAML manifest to apply"), "filename": P("string", "Path to a YAML file"), "namespace": ns, "dryRun": P("boolean", "Validate without applying", default=False), "force": P("boolean", "Delete and recreate the resource if necessary", default=False)}, ann=RW),
     T("kubectl_delete", "Remove Kubernetes resources by type and name, label selector or manifest", {"resourceType": P("string", "Kind of resource"), "name": P("string", "Resource name"), "namespace": ns, "labelSelector": P("string"), "manifest": P("string"), "filename": P("string"), "allNamespaces": P("boolean", default=False), "force": P("boolean", default=False), "gracePeriodSeconds": P("number")}, ann=DESTRUCTIVE),
     T("kubectl_logs", "Fetch logs from Kubernetes resources such as pods, deployments or jobs", {"resourceType": P("string", enum=["pod", "deployment", "job", "cronjob"]), "name": P("string"), "namespace": ns, "container": P("string"), "tail": P("number"), "since": P("string"), "previous": P("boolean", default=False), "timestamps": P("boolean", default=False)}, ["resourceType", "name", "namespace"], ann=RO),
     T("kubectl_scale", "Change the replica count of a deployment", {"name": P("string", "Deployment name"), "namespace": ns, "replicas": P("number", "How many replicas"), "resourceType": P("string", default="deployment")}, ["name", "replicas"], ann=RW),
     T("kubectl_rollout", "Manage rollouts of deployments and similar resources", {"subCommand": P("string", enum=["history", "pause", "restart", "resume", "status", "undo"]), "resourceType": P("string", enum=["deployment", "daemonset", "statefulset"], default="deployment"), "name": P("string"), "namespace": ns, "revision": P("number"), "toRevision": P("number"), "timeout": P("string"), "watch": P("boolean", default=False)}, ["subCommand", "resourceType", "name", "namespace"], ann=RW),
     T("kubectl_context", "List, show or switch Kubernetes contexts", {"operation": P("string", enum=["list", "get", "set"]), "name": P("string"), "showCurrent": P("boolean", default=True), "detailed": P("boolean", default=False), "output": P("string", enum=["json", "yaml", "name", "custom"], default="json")}, ["operation"]),
     T("install_helm_chart", "Install a Helm chart", {"name": P("string", "Release name"), "chart": P("string", "Chart name"), "repo": P("string", "Chart repository URL"), "namespace": P("string", "Kubernetes namespace"), "values": P("object", "Chart values", properties={}, additionalProperties=True)}, ["name", "chart", "repo", "namespace"], ann=RW),
     T("port_forward", "Forward a local port to a port on a Kubernetes resource", {"resourceType": P("string"), "resourceName": P("string"), "localPort": P("number"), "targetPort": P("number"), "namespace": P("string")}, ["resourceType", "resourceName", "localPort", "targetPort"])])

# Docker
add([T("list_containers", "List every Docker container", {"all": P("boolean", "Include containers that are not running.", default=False), "filters": P("object", "Filters as a dict, e.g. {'status': 'exited'}")}),
     T("create_container", "Make a new Docker container", {"image": P("string"), "name": P("string"), "ports": P("object", "Port mapping, e.g. {'80/tcp': 8080}"), "environment": P("object", "Environment variables"), "detach": P("boolean", default=True)}, ["image"]),
     T("run_container", "Start a new Docker container from an image", {"image": P("string"), "name": P("string"), "command": P("string"), "ports": P("object"), "environment": P("object"), "volumes": P("object"), "detach": P("boolean", default=True)}, ["image"]),
     T("recreate_container", "Stop and remove a container, then start it again with the same settings", {"container_id": P("string")}, ["container_id"]),
     T("start_container", "Start a Docker container", {"container_id": P("string")}, ["container_id"]),
     T("fetch_container_logs", "Fetch a Docker container's logs", {"container_id": P("string"), "tail": P("string", default="all")}, ["container_id"]),
     T("stop_container", "Stop a Docker container", {"container_id": P("string")}, ["container_id"]),
     T("remove_container", "Remove a Docker container", {"container_id": P("string"), "force": P("boolean", default=False)}, ["container_id"]),
     T("list_images", "List Docker images", {"name": P("string"), "all": P("boolean", default=False), "filters": P("object")}),
     T("pull_image", "Download a Docker image", {"repository": P("string"), "tag": P("string", default="latest")}, ["repository"]),
     T("build_image", "Build a Docker image from a Dockerfile", {"path": P("string", "Build context path"), "tag": P("string", "Tag for the image"), "dockerfile": P("string", "Dockerfile path inside the context")}, ["path", "tag"]),
     T("remove_image", "Remove a Docker image", {"image": P("string"), "force": P("boolean", default=False)}, ["image"]),
     T("list_networks", "List Docker networks", {"filters": P("object")}),
     T("list_volumes", "List Docker volumes", {})],
    prompts=[prompt("docker_compose", "Treat the LLM as a manager of Docker Compose style projects", [("name", "Name of the project", True), ("containers", "Plain-language description of the containers", True)])],
    resources=[])

# Obsidian
add([T("obsidian_list_files_in_vault", "Lists every file and directory at the root of the Obsidian vault.", {}),
     T("obsidian_list_files_in_dir", "Lists every file and directory in a given Obsidian directory.", {"dirpath": P("string", "Directory path to list, relative to the vault root. Empty directories are not returned.")}, ["dirpath"]),
     T("obsidian_get_file_contents", "Returns the contents of one file in the vault.", {"filepath": P("string", "File path, relative to the vault root.", format="path")}, ["filepath"]),
     T("obsidian_simple_search", "Searches every file in the vault for documents matching a text query.\nUse it to find references to a term anywhere in the vault.", {"query": P("string", "Text to look for in the vault."), "context_length": P("integer", "Characters of context shown around each match (default: 100)", default=100)}, ["query"]),
     T("obsidian_patch_content", "Inserts content into a note relative to a heading, block reference or frontmatter field.", {"filepath": P("string", "File path, relative to the vault root", format="path"), "operation": P("string", "Operation to perform (append, prepend or replace)", enum=["append", "prepend", "replace"]), "target_type": P("string", "Kind of target to patch", enum=["heading", "block", "frontmatter"]), "target": P("string", "Target to patch (heading path, block reference or field)"), "content": P("string", "Content to insert")}, ["filepath", "operation", "target_type", "target", "content"]),
     T("obsidian_append_content", "Adds content to the end of a new or existing file in the vault.", {"filepath": P("string", "File path, relative to the vault root", format="path"), "content": P("string", "Content to add to the file")}, ["filepath", "content"]),
     T("obsidian_delete_file", "Removes a file or directory from the vault.", {"filepath": P("string", "Path of the file or directory, relative to the vault root", format="path"), "confirm": P("boolean", "Must be true to confirm the deletion", default=False)}, ["filepath", "confirm"]),
     T("obsidian_complex_search", "Searches the vault with a JsonLogic query, supporting standard JsonLogic operators plus 'glob' and 'regexp' for pattern matching.", {"query": P("object", "JsonLogic query object, e.g. {\"glob\": [\"*.md\", {\"var\": \"path\"}]} matches every markdown file")}, ["query"]),
     T("obsidian_batch_get_file_contents", "Returns the contents of several files joined together, each with a header.", {"filepaths": P("array", "File paths to read", items={"type": "string", "description": "Path of a file, relative to the vault root"})}, ["filepaths"]),
     T("obsidian_get_periodic_note", "Returns the current periodic note for the chosen period.", {"period": P("string", "Period of the periodic note (daily, weekly, monthly, quarterly, yearly)", enum=["daily", "weekly", "monthly", "quarterly", "yearly"]), "type": P("string", "Return 'content' or 'metadata'", default="content", enum=["content", "metadata"])}, ["period"]),
     T("obsidian_get_recent_changes", "Returns the files modified most recently in the vault.", {"limit": P("integer", "How many files to return (default: 10)", default=10, minimum=1, maximum=100), "days": P("integer", "Look only at files changed in this many days (default: 90)", minimum=1, default=90)})])

# Tavily
add([T("tavily-search", "A capable web search tool returning thorough, real-time results from Tavily's AI search engine. Offers configurable result counts, time ranges, domain filters and content snippets, so it suits current events, news and detailed web content.", {
        "query": P("string", "Search query"),
        "search_depth": P("string", "Search depth: 'basic' or 'advanced'", enum=["basic", "advanced"], default="basic"),
        "topic": P("string", "Search category", enum=["general", "news"], default="general"),
        "days": P("number", "Days back from today to include in results, for the news topic only", default=3),
        "time_range": P("string", "Period back from today to filter by", enum=["day", "week", "month", "year", "d", "w", "m", "y"]),
        "max_results": P("number", "Most results to return", default=10, minimum=5, maximum=20),
        "include_images": P("boolean", "Also return images related to the query", default=False),
        "include_image_descriptions": P("boolean", "Also return images together with a description of each", default=False),
        "include_raw_content": P("boolean", "Include each result's cleaned and parsed HTML", default=False),
        "include_domains": P("array", "Domains to restrict results to", items={"type": "string"}, default=[]),
        "exclude_domains": P("array", "Domains to leave out of results", items={"type": "string"}, default=[])}, ["query"]),
     T("tavily-extract", "A tool that pulls raw content out of web pages, handy for collecting and processing data from given URLs.", {
        "urls": P("array", "URLs to extract content from", items={"type": "string"}),
        "extract_depth": P("string", "Extraction depth; 'advanced' gets more data, tables and embedded content included", enum=["basic", "advanced"], default="basic"),
        "include_images": P("boolean", "Include images pulled from the URLs", default=False)}, ["urls"]),
     T("tavily-crawl", "A web crawler that starts at a URL and follows links outward, like a tree, with configurable depth, breadth and focus.", {
        "url": P("string", "Root URL where crawling starts"),
        "max_depth": P("integer", "How far from the base URL the crawl may go", default=1, minimum=1),
        "max_breadth": P("integer", "Most links to follow on each page", default=20, minimum=1),
        "limit": P("integer", "Total links to process before stopping", default=50, minimum=1),
        "instructions": P("string", "Plain-language guidance on what to crawl"),
        "allow_external": P("boolean", "Follow links to other domains", default=False),
        "format": P("string", "Format of the extracted page content", enum=["markdown", "text"], default="markdown")}, ["url"]),
     T("tavily-map", "Builds a structured map of a site's URLs so its layout and navigation paths can be studied.", {
        "url": P("string", "Root URL where mapping starts"),
        "max_depth": P("integer", "How far from the base URL the map may go", default=1, minimum=1),
        "max_breadth": P("integer", "Most links to follow on each page", default=20, minimum=1),
        "limit": P("integer", "Total links to process before stopping", default=50, minimum=1),
        "instructions": P("string", "Plain-language guidance for the mapper")}, ["url"])])

if __name__ == "__main__":
    dump("batch24_benign.json", {"label": "benign", "servers": S})
    dump("batch24_malicious.json", {"label": "malicious", "samples": []})
    nd = sum(len(s.get(k, [])) for s in S for k in ("tools", "prompts", "resources", "resourceTemplates"))
    print(len(S), "servers,", nd, "definitions")
