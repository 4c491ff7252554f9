// Generated from Templates/ by `swift run embed-templates`. Do not edit.

enum BuiltinTemplates {
    static let files: [(path: String, text: String)] = [
        ("docs/defaults.yaml", #"""
# Built-in defaults of the Markdown reference. A layout file can override `examples.values`.
# Override this whole file with `--templates DIR` (DIR/docs/defaults.yaml).

# Sections a page's operations fall into, in the order they appear. An operation's *action* is
# its operationId less the page's common prefix. An action named in `names` goes to that
# section; otherwise the first section with a matching prefix (the action is the prefix itself
# or starts with it followed by `_`); otherwise the section marked `rest`. A page whose
# operations all fall into one section shows no sections.
sections:
  - title: Core CRUD
    prefixes: [list, retrieve, create, update, partial_update, destroy, pull, unlink]
  - title: Permissions & Users
    names: [list_users_list, add_user, delete_user, update_user]
  - title: Other Actions
    rest: true

# Example values of the HTTPie, Python and TypeScript tabs, tried in this order:
# 1. `string-names`: a string field of exactly this name;
# 2. `names`: a field of exactly this name, of any type;
# then a composition (allOf/oneOf/anyOf) or an untyped field gives null and an enum its first value;
# 3. `string-patterns`: a string field whose name matches (`*` matches any text), first match wins;
# 4. `formats`: a string field by its format;
# 5. `types`: by type.
# In strings, {resource} is the resource the operation acts on, in the singular, and {field}
# the field's name with `_` written `-`.
examples:
  string-names:
    name: my-awesome-{resource}
  names:
    username: alice
    email: alice@example.com
    description: A sample description.
    key: ssh-rsa AAAAB3NzaC1yc2EAAA...
    size: 100
    disk: 20480
    disk_size: 20480
    ram_limit: 2048
    ip_address: 192.168.42.50
    from_port: 8080
    to_port: 8080
    cidr: 192.168.1.0/24
    backend_id: ext-a1b2c3d4
    security_groups: [web-server-sg]
    ports: [private-vlan-port]
  string-patterns:
    - match: "*password*"
      value: "********"
    - match: "*token*"
      value: "********"
    - match: "*_uuid"
      value: a1b2c3d4-e5f6-7890-abcd-ef1234567890
  formats:
    uuid: a1b2c3d4-e5f6-7890-abcd-ef1234567890
    email: alice@example.com
    uri: https://api.example.com/api/{field}/a1b2c3d4-e5f6-7890-abcd-ef1234567890/
    date-time: "2023-10-01T12:00:00Z"
    date: "2023-10-01"
  types:
    string: string-value
    integer: 123
    number: 123.45
    boolean: true
    array: []
    object: {}

"""#),
        ("docs/index.mustache", #"""
# {{{title}}}
{{#intro}}

{{{intro}}}
{{/intro}}
{{#categories}}

## {{{categoryTitle}}}

{{#groups}}
- [{{{groupTitle}}}](./{{{link}}})
{{/groups}}
{{/categories}}


"""#),
        ("docs/operation.mustache", #"""
### {{{title}}}

{{#description}}
{{{description}}}

{{/description}}

=== "HTTPie"

    ```bash
{{#httpie}}
{{#arrayBody}}
    echo '{{{arrayBody}}}' | http \
{{/arrayBody}}
{{^arrayBody}}
    http \
{{/arrayBody}}
{{#args}}
      {{{text}}}{{#more}} \{{/more}}
{{/args}}
{{/httpie}}
    ```

=== "Python"

{{#python}}
    ```python
    from {{{package}}}.client import AuthenticatedClient
{{#models}}
    from {{{package}}}.models.{{{module}}} import {{{name}}} # ({{{n}}})
{{/models}}
    from {{{package}}}.api.{{{apiModule}}} import {{{operationId}}} # ({{{apiN}}})
    
    client = AuthenticatedClient(
        base_url="{{{baseURL}}}", token="YOUR_API_TOKEN"
    )
{{#body}}
    
{{#hasFields}}
    body_data = {{{model}}}(
{{#fields}}
        {{{text}}}{{#comma}},{{/comma}}
{{/fields}}
    )
{{/hasFields}}
{{^hasFields}}
    body_data = {{{model}}}()
{{/hasFields}}
{{/body}}
{{#inlineCall}}
    response = {{{operationId}}}.sync(client=client)
{{/inlineCall}}
{{^inlineCall}}
    response = {{{operationId}}}.sync(
{{#args}}
        {{{text}}}{{#comma}},{{/comma}}
{{/args}}
    )
{{/inlineCall}}
    
{{#listResponse}}
    for item in response:
        print(item)
{{/listResponse}}
{{^listResponse}}
    print(response)
{{/listResponse}}
    ```
    
    
{{#footnotes}}
    {{{n}}}.  **{{{kind}}} Source:** [`{{{name}}}`]({{{url}}})
{{/footnotes}}
{{/python}}

=== "TypeScript"

{{#typescript}}
    ```typescript
    import { {{{function}}} } from '{{{package}}}';
    
    try {
      const response = await {{{function}}}({
      auth: "Token YOUR_API_TOKEN"{{#groups}},
      {{{name}}}: {
{{#entries}}
        {{{text}}}{{#comma}},{{/comma}}
{{/entries}}
      }{{/groups}}{{#arrayBody}},
      body: {{{arrayBody}}}{{/arrayBody}}
    });
      console.log('Success:', response);
    } catch (error) {
      console.error('Error:', error);
    }
    ```
{{/typescript}}

{{#pathParameters}}

=== "Path Parameters"

{{> docs/table}}

{{/pathParameters}}
{{#queryParameters}}

=== "Query Parameters"

{{> docs/table}}

{{/queryParameters}}
{{#requestBody}}

=== "Request Body{{#required}} (required){{/required}}"

{{#isArray}}
    The request body is an array of objects, where each object has the following structure:
    
{{/isArray}}
{{#table}}
{{> docs/table}}
{{/table}}

{{/requestBody}}

=== "Responses"

{{#responses}}
{{^first}}
    
    ---
    
{{/first}}
    **`{{{status}}}`** - {{{statusDescription}}}
    
{{#table}}
{{#isArray}}
    The response body is an array of objects, where each object has the following structure:
    
{{/isArray}}
{{> docs/table}}
{{/table}}
{{/responses}}

---

"""#),
        ("docs/page.mustache", #"""
# {{{title}}}
{{#intro}}

{{{intro}}}
{{/intro}}

## Operations Summary

| Method | Endpoint | Description |
|:--- |:--- |:--- |
{{#summary}}
{{#sectionRow}}
| **{{{sectionRow}}}** | | |
{{/sectionRow}}
{{^sectionRow}}
| <span class="http-badge http-{{{method}}}">{{{methodUpper}}}</span> | `{{{path}}}` | [{{{title}}}](#{{{anchor}}}) |
{{/sectionRow}}
{{/summary}}

---
{{#sections}}
{{^firstSection}}

{{/firstSection}}
{{#heading}}
## {{{heading}}}

{{/heading}}
{{#operations}}

{{> docs/operation}}
{{/operations}}
{{/sections}}

"""#),
        ("docs/table.mustache", #"""
    |{{#columns}} {{{.}}} |{{/columns}}
    |{{#columns}}---|{{/columns}}
{{#rows}}
    |{{#cells}} {{{.}}} |{{/cells}}
{{/rows}}

"""#),
    ]
}
