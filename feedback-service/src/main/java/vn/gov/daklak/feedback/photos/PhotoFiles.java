package vn.gov.daklak.feedback.photos;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.MongoGridFSException;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;

/** Photo files in GridFS (bucket {@code photos}: collections {@code photos.files}, {@code photos.chunks}). */
@Component
class GridFsPhotoStore {
    private final GridFSBucket bucket;

    GridFsPhotoStore(MongoTemplate mongo) {
        this.bucket = GridFSBuckets.create(mongo.getDb(), "photos");
    }

    record StoredFile(byte[] bytes, String mediaType) {
    }

    String store(String reportId, String photoId, String rendition, ImageSanitizer.Rendition file) {
        var options = new GridFSUploadOptions().metadata(new Document("reportId", reportId)
                .append("photoId", photoId).append("rendition", rendition).append("contentType", file.mediaType()));
        return bucket.uploadFromStream(photoId + "-" + rendition, new ByteArrayInputStream(file.bytes()), options)
                .toHexString();
    }

    Optional<StoredFile> load(String fileId) {
        if (fileId == null || !ObjectId.isValid(fileId)) {
            return Optional.empty();
        }
        ObjectId id = new ObjectId(fileId);
        var info = bucket.find(new Document("_id", id)).first();
        if (info == null) {
            return Optional.empty();
        }
        try (var in = bucket.openDownloadStream(id)) {
            return Optional.of(new StoredFile(in.readAllBytes(), info.getMetadata().getString("contentType")));
        } catch (MongoGridFSException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void deleteQuietly(String fileId) {
        try {
            bucket.delete(new ObjectId(fileId));
        } catch (RuntimeException e) {
            // an orphan file costs space, not correctness
        }
    }
}
