// The project of an agenda as the product sees it (nl.bondgenoot.model.project.ProjectFolder): the
// nearest folder at or above the file with a rule profile or an Eclipse project file, otherwise the
// file's own folder. No VS Code here, so the rule is tested with plain Node.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { projectMarkers } = require('../gen/product.json');

/** The project folder of a file (an absolute path). */
function projectRoot(file, markers = projectMarkers) {
  const own = path.dirname(path.resolve(file));
  for (let folder = own; ; folder = path.dirname(folder)) {
    if (markers.some((marker) => isFile(path.join(folder, marker)))) {
      return folder;
    }
    if (path.dirname(folder) === folder) {
      return own;
    }
  }
}

function isFile(file) {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

module.exports = { projectRoot };
