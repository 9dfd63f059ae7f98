package vn.gov.daklak.feedback.photos;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Optional;
import java.util.UUID;

import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Photo files in MongoDB, one document per rendition ({@code photo_files}, {@code _id} = file id): written and read by
 * key. An upload is at most 10 MB (see {@code spring.servlet.multipart}), well under MongoDB's 16 MB per document, so
 * no chunking is needed (GridFS would read its chunks by {@code files_id} and a range of {@code n}, not by key).
 */
@Component
class MongoPhotoFiles implements PhotoFiles {
    static final String COLLECTION = "photo_files";

    private final MongoTemplate mongo;

    MongoPhotoFiles(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String store(String reportId, String photoId, String rendition, ImageSanitizer.Rendition file) {
        String fileId = UUID.randomUUID().toString();
        mongo.insert(new Document("_id", fileId).append("reportId", reportId).append("photoId", photoId)
                .append("rendition", rendition).append("contentType", file.mediaType())
                .append("length", file.bytes().length).append("data", new Binary(file.bytes())), COLLECTION);
        return fileId;
    }

    @Override
    public Optional<StoredFile> load(String fileId) {
        if (fileId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findById(fileId, Document.class, COLLECTION))
                .map(doc -> new StoredFile(doc.get("data", Binary.class).getData(), doc.getString("contentType")));
    }

    @Override
    public void deleteQuietly(String fileId) {
        try {
            mongo.remove(query(where("_id").is(fileId)), COLLECTION);
        } catch (RuntimeException e) {
            // an orphan file costs space, not correctness
        }
    }
}
