package nl.bondgenoot.compare.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

import nl.bondgenoot.compare.ComparedFiles;
import nl.bondgenoot.model.persistence.ModelLoadException;

/** Reads a file as it was at a revision of the Git repository that holds it (JGit: no git binary needed). */
public final class GitRevisions {

    /** Why a file could not be read at a revision, in Dutch. */
    public static final class RevisionException extends Exception {
        private static final long serialVersionUID = 1L;

        RevisionException(String message) {
            super(message);
        }
    }

    private GitRevisions() {
    }

    /**
     * The model {@code file} as it was at {@code revision}, loaded as every model is loaded (the same
     * checks and Dutch messages, which name {@code file}), in a resource set of its own.
     */
    public static Resource model(Path file, String revision) throws RevisionException, ModelLoadException, IOException {
        byte[] content = read(file, revision);
        // written under its own name in a folder of its own, so that a normal load reads it
        Path folder = Files.createTempDirectory("bondgenoot-revisie");
        Path copy = folder.resolve(file.getFileName());
        try {
            Files.write(copy, content);
            try {
                return ComparedFiles.loadAlone(copy);
            } catch (ModelLoadException e) {
                throw new ModelLoadException(Path.of(file + "@" + revision), e.getLine(), e.getMessage(), e);
            }
        } finally {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(folder);
        }
    }

    /** The bytes of {@code file} at {@code revision} ("HEAD", "main~2", a commit id, a tag). */
    public static byte[] read(Path file, String revision) throws RevisionException, IOException {
        Path absolute = file.toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(absolute.getParent().toFile());
        if (builder.getGitDir() == null) {
            throw new RevisionException(file + ": staat niet in een Git-repository");
        }
        try (Repository repository = builder.setMustExist(true).build()) {
            if (repository.isBare()) {
                throw new RevisionException(file + ": de Git-repository heeft geen werkmap");
            }
            Path root = repository.getWorkTree().toPath().toRealPath();
            Path real = Files.exists(absolute) ? absolute.toRealPath() : absolute;
            if (!real.startsWith(root)) {
                throw new RevisionException(file + ": staat niet in de werkmap " + root);
            }
            String path = root.relativize(real).toString().replace('\\', '/');
            ObjectId commitId;
            try {
                commitId = repository.resolve(revision + "^{commit}");
            } catch (RevisionSyntaxException e) {
                commitId = null;
            }
            if (commitId == null) {
                throw new RevisionException("revisie '" + revision + "' bestaat niet in " + root);
            }
            try (RevWalk walk = new RevWalk(repository)) {
                RevCommit commit = walk.parseCommit(commitId);
                try (TreeWalk tree = TreeWalk.forPath(repository, path, commit.getTree())) {
                    if (tree == null) {
                        throw new RevisionException(file + ": bestond nog niet in revisie '" + revision + "'");
                    }
                    ObjectLoader loader = repository.open(tree.getObjectId(0));
                    return loader.getBytes();
                }
            }
        }
    }
}
